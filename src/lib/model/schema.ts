/**
 * The one data model of SoMe-veilederen: everything a user can change lives in
 * a workspace ("arbeidsområde") of assessments ("vurderinger") plus the
 * municipality's account register. Types and validation both come from these
 * schemas (the validator is check.ts). Pure TypeScript: no DOM, no storage.
 *
 * Each tool owns one section of an assessment; its schema is defined here so
 * that the stored and exported format is described in one place, versioned by
 * FORMAT_VERSION and published as JSON Schema.
 */
import * as v from './check';
import type { Infer } from './check';

export const FORMAT = 'some-veilederen/arbeidsomrade';
export const FORMAT_VERSION = 1;

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
const MAX_ITEMS = 2_000;

/** Free text written by the user. */
export const text = v.string(MAX_TEXT, 'Teksten er for lang (over 20 000 tegn).');
/** A short line: a name, title, owner. */
export const shortText = v.string(MAX_SHORT, 'Teksten er for lang (over 500 tegn).');
/** An identifier: letters, digits, dash and underscore. */
export const id = v.matching(/^[A-Za-z0-9_-]{1,64}$/, 'Ugyldig id (bare bokstaver, tall, - og _, høyst 64 tegn).');
/** A date-time in ISO 8601 (as written by Date.toISOString). */
export const isoDateTime = v.isoTimestamp('Ugyldig tidspunkt (forventet ISO 8601).');
/** A calendar date (YYYY-MM-DD) or empty when not set. */
export const optionalDate = v.isoDate('Ugyldig dato (forventet ÅÅÅÅ-MM-DD eller tom).', true);
/** A score on the 1–5 scales, or null while not yet assessed. */
export const score = v.nullable(v.integer(1, 5));

/* ---------- Legal-basis helper ("behandlingsgrunnlag-veiviser") ---------- */
export const legalBasisAnswer = v.object({
  /** The chosen option id of the question. */
  value: shortText,
  /** The user's justification or named source (e.g. the supplementary legal basis). */
  justification: text,
});
export const legalBasisSection = v.object({
  /** Answers keyed by question id. */
  answers: v.record(id, legalBasisAnswer),
});

/* ---------- Systematic description (chapter 2) ---------- */
export const descriptionSection = v.object({
  purpose: text,
  nature: text,
  scope: text,
  context: text,
});

/* ---------- Risk register (chapter 7) ---------- */
export const privacyGoal = v.picklist(['medbestemmelse', 'apenhet', 'ansvarlighet'], 'Ukjent personvernmål.');
export const measureStatus = v.picklist(['planlagt', 'pagar', 'gjennomfort'], 'Ukjent tiltaksstatus.');
export const measure = v.object({
  id,
  text,
  owner: shortText,
  deadline: optionalDate,
  status: measureStatus,
});
export const risk = v.object({
  id,
  /** The scenario in the bank this risk was taken from, or null for the user's own risk. */
  scenarioId: v.nullable(id),
  title: shortText,
  goal: privacyGoal,
  description: text,
  likelihood: score,
  consequence: score,
  justification: text,
  measures: v.array(measure, MAX_ITEMS),
  residualLikelihood: score,
  residualConsequence: score,
});

/* ---------- Checklists (answers keyed by list id, then item id) ---------- */
export const checklistAnswer = v.object({
  answer: v.nullable(v.picklist(['ja', 'nei', 'delvis', 'ikke-relevant'], 'Ukjent svar.')),
  comment: text,
});
export const checklistsSection = v.record(id, v.record(id, checklistAnswer));

/* ---------- Ethics reflection (navigation wheel) ---------- */
export const ethicsChoice = v.picklist(['til-stede', 'ikke-til-stede', 'uavklart'], 'Ukjent valg.');
export const ethicsSection = v.object({
  /** Notes per theme id, for the two alternatives. */
  themes: v.record(id, v.object({ present: text, absent: text })),
  /** The recorded conclusion: the reasoning behind the choice. */
  conclusion: text,
  /** The alternative chosen; absent (as in older data) means not yet decided. */
  choice: v.optional(ethicsChoice),
});

/* ---------- Management decisions (chapter 8) ---------- */
export const decisionOutcome = v.picklist(['godkjent', 'betinget', 'ikke-godkjent'], 'Ukjent utfall.');
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
    highest: v.nullable(v.integer(1, 25)),
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
});
/** Follow-up of the conditions of a conditional approval, keyed by condition id (not part of the fingerprint). */
export const conditionStatus = v.record(id, v.object({ met: v.boolean, note: text }));

/* ---------- The assessment ---------- */
export const assessment = v.object({
  id,
  title: shortText,
  platform: shortText,
  unit: shortText,
  owner: shortText,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  description: descriptionSection,
  legalBasis: legalBasisSection,
  risks: v.array(risk, MAX_ITEMS),
  checklists: checklistsSection,
  ethics: ethicsSection,
  decisions: v.array(decisionRound, MAX_ITEMS),
  /** Whether each condition of a conditional approval is met, keyed by condition id. */
  conditionStatus,
});

/* ---------- The account register ("kontogjennomgang") ---------- */
export const account = v.object({
  id,
  platform: shortText,
  name: shortText,
  address: shortText,
  unit: shortText,
  owner: shortText,
  adminCount: v.nullable(v.integer(0, 10_000)),
  login: v.picklist(['personlig', 'felles', 'blandet', 'ukjent'], 'Ukjent innloggingstype.'),
  purpose: text,
  documentedNeed: v.picklist(['ja', 'nei', 'ukjent'], 'Ukjent verdi for dokumentert behov.'),
  needDocumentedWhere: shortText,
  lastCleaned: optionalDate,
  assessmentId: v.nullable(id),
  verdict: v.picklist(['behold', 'slett', 'vurderes'], 'Ukjent konklusjon.'),
  nextReview: optionalDate,
  updatedAt: isoDateTime,
});

/* ---------- The workspace as exported to a file ---------- */
export const workspaceFile = v.object({
  format: v.literal(FORMAT, `Filen er ikke en eksport fra SoMe-veilederen (format må være «${FORMAT}»).`),
  version: v.literal(FORMAT_VERSION),
  exportedAt: isoDateTime,
  appVersion: shortText,
  assessments: v.array(assessment, MAX_ITEMS),
  accounts: v.array(account, MAX_ITEMS),
});

export type LegalBasisSection = Infer<typeof legalBasisSection>;
export type DescriptionSection = Infer<typeof descriptionSection>;
export type PrivacyGoal = Infer<typeof privacyGoal>;
export type Measure = Infer<typeof measure>;
export type MeasureStatus = Infer<typeof measureStatus>;
export type Risk = Infer<typeof risk>;
export type ChecklistAnswer = Infer<typeof checklistAnswer>;
export type ChecklistsSection = Infer<typeof checklistsSection>;
export type EthicsSection = Infer<typeof ethicsSection>;
export type DecisionOutcome = Infer<typeof decisionOutcome>;
export type DecisionRound = Infer<typeof decisionRound>;
export type Assessment = Infer<typeof assessment>;
export type Account = Infer<typeof account>;
export type WorkspaceFile = Infer<typeof workspaceFile>;
export type Score = Infer<typeof score>;

/** A new, empty assessment. */
export function emptyAssessment(
  meta: { id: string; title: string; platform: string; unit: string; owner: string },
  now: Date,
): Assessment {
  const at = now.toISOString();
  return {
    ...meta,
    createdAt: at,
    updatedAt: at,
    description: { purpose: '', nature: '', scope: '', context: '' },
    legalBasis: { answers: {} },
    risks: [],
    checklists: {},
    ethics: { themes: {}, conclusion: '' },
    decisions: [],
    conditionStatus: {},
  };
}
