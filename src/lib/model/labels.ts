/**
 * One Norwegian label table per enum of the data model (schema.ts), in the
 * order the enum is shown. Views and the report use these; no other table of
 * the same labels.
 */
import type { DecisionOutcome, MeasureStatus, PrivacyGoal } from './schema';

/** The privacy goals of chapter 7. */
export const GOAL_LABEL: Readonly<Record<PrivacyGoal, string>> = {
  medbestemmelse: 'Medbestemmelse',
  apenhet: 'Åpenhet',
  ansvarlighet: 'Ansvarlighet og tillit',
};

/**
 * The status of a measure. Only «gjennomfort» is in place today («etablert»);
 * the other two are planned and count only in the planned residual risk
 * (src/lib/risk/method-residual.ts).
 */
export const MEASURE_STATUS_LABEL: Readonly<Record<MeasureStatus, string>> = {
  planlagt: 'Planlagt',
  pagar: 'Planlagt, pågår',
  gjennomfort: 'Etablert (på plass i dag)',
};

/** Management's decision on an assessment (chapter 8). */
export const OUTCOME_LABEL: Readonly<Record<DecisionOutcome, string>> = {
  godkjent: 'Godkjent',
  betinget: 'Betinget godkjent',
  'ikke-godkjent': 'Ikke godkjent',
};
