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
import { MAX_ITEMS, id, isoDateTime, optionalDate, shortText, text } from './fields';
import { conditionStatus, decisionRound, priorConsultation } from './decision-schema';
import { riskMethod, type RiskMethod } from '../risk/method-schema';
import { DEFAULT_METHOD } from '../risk/method-presets';
import {
  consultationSection,
  descriptionDetails,
  emptyConsultation,
  emptyDescriptionDetails,
  emptyNecessity,
  emptyScreening,
  emptySignOff,
  necessitySection,
  screeningSection,
  signOffSection,
} from '../dpia/sections';

export const FORMAT = 'some-veilederen/arbeidsomrade';
/**
 * The version of the stored and exported format. Version 2 (issue 15) added the
 * prior-consultation log (art. 36), the supplementary legal basis (art. 6 nr. 3),
 * the statement about open conditions on a decision round, and the archiving
 * note and deletion record of an account. Version 3 (issue 18) added the DPIA
 * parts: screening, the structured description, necessity and proportionality,
 * consultation, sign-off and review, and section fingerprints on decision rounds.
 * Version 4 added the municipality's name. Version 5 (issue 17) added the risk
 * method stored with each assessment, the residual risk with the measures in
 * place today and the justification of the after-measures scores on each risk,
 * and the band of the residual risk on decision rounds.
 * migrations.ts turns each version into the next.
 */
export const FORMAT_VERSION = 5;

export { id, isoDateTime, optionalDate } from './fields';
export type { DecisionOutcome, DecisionRound, PriorConsultation } from './decision-schema';

/** A step on the method's scales (1 to at most 6, the method says how many), or null while not yet assessed. */
const score = v.nullable(v.integer(1, 6));

/* ---------- Legal-basis helper ("behandlingsgrunnlag-veiviser") ---------- */
const legalBasisAnswer = v.object({
  /** The chosen option id of the question. */
  value: shortText,
  /** The user's justification or named source (e.g. the supplementary legal basis). */
  justification: text,
});
/** An answer to one of the art. 6 nr. 3 checks of a supplementary legal basis; null while not answered. */
const basisCheck = v.nullable(v.picklist(['ja', 'nei', 'usikker'], 'Ukjent svar på kontrollen av grunnlaget.'));
/**
 * The supplementary legal basis for art. 6 nr. 1 bokstav e (art. 6 nr. 3): the
 * provision itself (act and section, e.g. «kommuneloven» and «§ 4-1») and the
 * municipality's checks of it. Added in version 2.
 */
const supplementaryBasis = v.object({
  /** The act, e.g. «kommuneloven». */
  act: shortText,
  /** The section, e.g. «§ 4-1». */
  section: shortText,
  /** Does the provision cover this purpose? */
  coversPurpose: basisCheck,
  /** Is it clear and foreseeable enough for this processing? */
  clearAndForeseeable: basisCheck,
  /** The municipality's reasoning behind the two checks. */
  reasoning: text,
});
const legalBasisSection = v.object({
  /** Answers keyed by question id (written justifications live in each answer). */
  answers: v.record(id, legalBasisAnswer),
  /** Version 2: the supplementary legal basis for bokstav e, and its checks. */
  supplementaryBasis,
});

/* ---------- Systematic description (chapter 2) ---------- */
const descriptionSection = v.object({
  purpose: text,
  nature: text,
  scope: text,
  context: text,
  /** Structured lists, features, retention and assets (from format version 3; see ../dpia/sections.ts). */
  ...descriptionDetails,
});

/* ---------- Risk register (chapter 7) ---------- */
const privacyGoal = v.picklist(['medbestemmelse', 'apenhet', 'ansvarlighet'], 'Ukjent personvernmål.');
const measureStatus = v.picklist(['planlagt', 'pagar', 'gjennomfort'], 'Ukjent tiltaksstatus.');
const measure = v.object({
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
  /** Version 5: the residual risk with the measures in place today, when it differs from «etter tiltak». */
  nowLikelihood: score,
  nowConsequence: score,
  /** Version 5: why the after-measures scores are what they are. */
  residualJustification: text,
});

/* ---------- Checklists (answers keyed by list id, then item id) ---------- */
const checklistAnswer = v.object({
  answer: v.nullable(v.picklist(['ja', 'nei', 'delvis', 'ikke-relevant'], 'Ukjent svar.')),
  comment: text,
});
const checklistsSection = v.record(id, v.record(id, checklistAnswer));

/* ---------- Ethics reflection (navigation wheel) ---------- */
const ethicsChoice = v.picklist(['til-stede', 'ikke-til-stede', 'uavklart'], 'Ukjent valg.');
const ethicsSection = v.object({
  /** Notes per theme id, for the two alternatives. */
  themes: v.record(id, v.object({ present: text, absent: text })),
  /** The recorded conclusion: the reasoning behind the choice. */
  conclusion: text,
  /** The alternative chosen; absent (as in older data) means not yet decided. */
  choice: v.optional(ethicsChoice),
});

/* ---------- The assessment ---------- */
export const assessment = v.object({
  id,
  title: shortText,
  platform: shortText,
  /** Version 4: the municipality (the controller), shown in the report's header; '' until written. */
  municipality: shortText,
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
  /** Version 2: the prior-consultation log (art. 36), append-only. */
  priorConsultations: v.array(priorConsultation, MAX_ITEMS),
  /** «Trenger vi en DPIA?» (from format version 3). */
  screening: screeningSection,
  /** Necessity and proportionality, art. 35 nr. 7 bokstav b (from format version 3). */
  necessity: necessitySection,
  /** Consultation and the DPO's advice, art. 35 nr. 2 and nr. 9 (from format version 3). */
  consultation: consultationSection,
  /** Sign-off and review (from format version 3); not part of the decision fingerprint. */
  signOff: signOffSection,
  /** The risk method the assessment is made with (from format version 5). */
  method: riskMethod,
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
  /**
   * Version 2: «arkivert før sletting». Posts, comments and messages can be
   * archival material; they are archived or journalført before anything is
   * deleted. Both fields are '' until it is done.
   */
  archived: v.object({ date: optionalDate, reference: shortText }),
  /**
   * Version 2: what has actually been deleted, or null. `scope` says whether the
   * whole account or a clean-up of its posts. The tools allow it only when
   * `archived` has a date and a reference (src/lib/accounts/review.ts).
   */
  deletion: v.nullable(
    v.object({
      scope: v.picklist(['konto', 'innlegg'], 'Ukjent slettingstype (forventet «konto» eller «innlegg»).'),
      date: v.isoDate('Ugyldig slettedato.'),
      note: text,
    }),
  ),
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
export type PrivacyGoal = Infer<typeof privacyGoal>;
export type Measure = Infer<typeof measure>;
export type MeasureStatus = Infer<typeof measureStatus>;
export type Risk = Infer<typeof risk>;
export type ChecklistAnswer = Infer<typeof checklistAnswer>;
export type ChecklistsSection = Infer<typeof checklistsSection>;
export type EthicsSection = Infer<typeof ethicsSection>;
export type Assessment = Infer<typeof assessment>;
export type SupplementaryBasis = Infer<typeof supplementaryBasis>;
export type BasisCheck = Infer<typeof basisCheck>;
export type Account = Infer<typeof account>;
export type WorkspaceFile = Infer<typeof workspaceFile>;
export type Score = Infer<typeof score>;

/** A new, empty assessment. */
export function emptyAssessment(
  meta: { id: string; title: string; platform: string; unit: string; owner: string; municipality?: string },
  now: Date,
  method: RiskMethod = DEFAULT_METHOD,
): Assessment {
  const at = now.toISOString();
  return {
    ...meta,
    municipality: meta.municipality ?? '',
    createdAt: at,
    updatedAt: at,
    description: { purpose: '', nature: '', scope: '', context: '', ...emptyDescriptionDetails() },
    legalBasis: { answers: {}, supplementaryBasis: emptySupplementaryBasis() },
    risks: [],
    checklists: {},
    ethics: { themes: {}, conclusion: '' },
    decisions: [],
    conditionStatus: {},
    priorConsultations: [],
    screening: emptyScreening(),
    necessity: emptyNecessity(),
    consultation: emptyConsultation(),
    signOff: emptySignOff(),
    method: structuredClone(method),
  };
}

/** A supplementary legal basis with nothing filled in. */
export function emptySupplementaryBasis(): SupplementaryBasis {
  return { act: '', section: '', coversPurpose: null, clearAndForeseeable: null, reasoning: '' };
}
