/**
 * The schemas of the management decisions (chapter 8) in an assessment: the
 * append-only decision rounds, the prior-consultation log (art. 36) and the
 * follow-up of conditions. Part of the data model in schema.ts. Pure.
 */
import * as v from './check';
import type { Infer } from './check';
import { MAX_ITEMS, id, isoDateTime, optionalDate, shortText, text } from './fields';

/* ---------- Management decisions (chapter 8) ---------- */
const decisionOutcome = v.picklist(['godkjent', 'betinget', 'ikke-godkjent'], 'Ukjent utfall.');
export const decisionRound = v.object({
  id,
  /** When the round was recorded in the tool. */
  recordedAt: isoDateTime,
  /** The date of the meeting. */
  date: v.isoDate('Ugyldig møtedato.'),
  body: shortText,
  outcome: decisionOutcome,
  conditions: v.array(v.object({ id, text }), MAX_ITEMS),
  justification: text,
  presentedBy: shortText,
  /** Residual risk when decided: counts per band and the highest residual score. */
  residualRisk: v.object({
    lav: v.integer(0),
    middels: v.integer(0),
    hoy: v.integer(0),
    highest: v.nullable(v.integer(1, 36)),
    /** Version 5: whether the residual risk was high on the assessment's method (the art. 36 rule reads this). */
    high: v.optional(v.boolean),
    /** Version 5: whether a lower residual risk rested on planned measures when decided. */
    restsOnPlanned: v.optional(v.boolean),
    /** Version 5: the name of the highest band of the residual risk now, on the assessment's method. */
    highestBand: v.optional(v.string(80, 'Navnet på nivået er for langt (over 80 tegn).')),
    /** Risks with no score at all. */
    unassessed: v.optional(v.integer(0)),
    /** Risks counted from their inherent score because no residual score was set. */
    withoutResidual: v.optional(v.integer(0)),
  }),
  actionPlan: text,
  dpoAdvice: text,
  dpoFollowed: v.nullable(v.boolean),
  dpoReason: text,
  dataSubjectViews: text,
  /** Whether the wish to use the platform is still strong (feeds the art. 36 rule). */
  strongWish: v.nullable(v.boolean),
  /** The id of the round this entry corrects, and why. */
  corrects: v.nullable(id),
  correctionReason: text,
  /** Fingerprint of the assessment as decided (src/lib/decisions/fingerprint.ts), e.g. "fnv1a64:…". */
  fingerprint: shortText,
  /**
   * Version 2: what happened to the open conditions of an earlier conditional
   * approval when this round approves without conditions ('' when there were none).
   */
  openConditionsStatement: text,
  /** Version 3: fingerprints per section as decided (src/lib/dpia/section-prints.ts); absent in rounds recorded before. */
  sections: v.optional(v.record(id, shortText)),
});
/**
 * Version 2: one entry of the prior-consultation log (art. 36), append-only like
 * the decision rounds. An answer that arrives later, or a mistake, is recorded
 * as a new entry that names the entry it corrects.
 */
export const priorConsultation = v.object({
  id,
  /** When the entry was recorded in the tool. */
  recordedAt: isoDateTime,
  /** The date the consultation was requested from Datatilsynet. */
  requestedDate: v.isoDate('Ugyldig dato for når forhåndsdrøfting ble bedt om.'),
  /** Datatilsynet's reference (saksnummer), if known. */
  reference: shortText,
  /** The date of Datatilsynet's written answer, or '' while not answered. */
  answerDate: optionalDate,
  /** A summary of Datatilsynet's advice ('' while not answered). */
  adviceSummary: text,
  /** The decision round that led to the request, if any. */
  roundId: v.nullable(id),
  /** The id of the entry this one corrects or completes, and why. */
  corrects: v.nullable(id),
  correctionReason: text,
});
/** Follow-up of the conditions of a conditional approval, keyed by condition id (not part of the fingerprint). */
export const conditionStatus = v.record(id, v.object({ met: v.boolean, note: text }));

export type DecisionOutcome = Infer<typeof decisionOutcome>;
export type DecisionRound = Infer<typeof decisionRound>;
export type PriorConsultation = Infer<typeof priorConsultation>;
