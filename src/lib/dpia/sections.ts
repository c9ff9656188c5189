/**
 * The sections of an assessment that make it a whole DPIA (issue 18): screening
 * («Trenger vi en DPIA?»), the structured parts of the systematic description
 * (art. 35 nr. 7 bokstav a), necessity and proportionality (art. 35 nr. 7
 * bokstav b), consultation (art. 35 nr. 2 and nr. 9), and sign-off and review.
 *
 * Schemas for the validator (../model/check.ts); the assessment schema
 * (../model/schema.ts) includes them from format version 3. Pure TypeScript.
 */
import * as v from '../model/check';
import type { Infer } from '../model/check';

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
const MAX_ITEMS = 2_000;
const text = v.string(MAX_TEXT, 'Teksten er for lang (over 20 000 tegn).');
const shortText = v.string(MAX_SHORT, 'Teksten er for lang (over 500 tegn).');
const id = v.matching(/^[A-Za-z0-9_-]{1,64}$/, 'Ugyldig id (bare bokstaver, tall, - og _, høyst 64 tegn).');
const optionalDate = v.isoDate('Ugyldig dato (forventet ÅÅÅÅ-MM-DD eller tom).', true);

/* ---------- Screening («Trenger vi en DPIA?») ---------- */
const screeningAnswer = v.nullable(v.picklist(['ja', 'nei', 'usikker'], 'Ukjent svar (forventet ja, nei eller usikker).'));
export const screeningSection = v.object({
  /** Answers to the nine WP248 criteria, keyed by criterion id. */
  criteria: v.record(id, v.object({ answer: screeningAnswer, note: text })),
  /** Whether the processing is on Datatilsynet's list of processing that always requires a DPIA. */
  datatilsynetList: v.object({ answer: screeningAnswer, note: text }),
  /** The result the municipality records. */
  result: v.nullable(v.picklist(['pakrevd', 'anbefalt', 'ikke-pakrevd'], 'Ukjent resultat av vurderingen.')),
  reasoning: text,
});

/* ---------- Structured parts of the systematic description ---------- */
const dataCategory = v.object({ id, name: shortText, special: v.boolean, note: text });
const dataSubject = v.object({ id, name: shortText, vulnerable: v.boolean, note: text });
const recipientRole = v.picklist(['plattform', 'publisering', 'analyse', 'databehandler', 'annen'], 'Ukjent rolle for mottakeren.');
const recipient = v.object({ id, name: shortText, role: recipientRole, note: text });
const assetKind = v.picklist(['konto', 'administrator', 'enhet', 'annen'], 'Ukjent type eiendel.');
const asset = v.object({
  id,
  kind: assetKind,
  name: shortText,
  twoFactor: v.picklist(['ja', 'nei', 'ukjent', 'ikke-relevant'], 'Ukjent svar om tofaktorautentisering.'),
  note: text,
});
const featureUse = v.object({ inUse: v.nullable(v.boolean), note: text });
/** What format version 3 adds to the description (purpose, nature, scope and context are older). */
export const descriptionDetails = {
  dataCategories: v.array(dataCategory, MAX_ITEMS),
  dataSubjects: v.array(dataSubject, MAX_ITEMS),
  recipients: v.array(recipient, MAX_ITEMS),
  /** The platform features in use, keyed by feature id (see description.ts). */
  features: v.record(id, featureUse),
  /** Retention and deletion, archiving included. */
  retention: text,
  assets: v.array(asset, MAX_ITEMS),
};

/* ---------- Necessity and proportionality ---------- */
export const necessitySection = v.object({
  minimisation: text,
  retention: text,
  information: text,
  rights: text,
  jointControl: text,
  transfers: text,
  /** The alternatives considered, keyed by alternative id: chosen or not, and why. */
  alternatives: v.record(id, v.object({ chosen: v.nullable(v.boolean), reason: text })),
});

/* ---------- Consultation ---------- */
const consultedParty = v.picklist(
  ['personvernombud', 'registrerte', 'informasjonssikkerhet', 'arkiv', 'tillitsvalgte', 'annen'],
  'Ukjent part i medvirkningen.',
);
const consultation = v.object({ id, party: consultedParty, who: shortText, date: optionalDate, summary: text, followUp: text });
export const consultationSection = v.object({
  entries: v.array(consultation, MAX_ITEMS),
  /** The data protection officer's advice on the assessment (art. 35 nr. 2). */
  dpoAdvice: text,
  dpoAdviceDate: optionalDate,
});

/* ---------- Sign-off and review ---------- */
export const signOffSection = v.object({
  body: shortText,
  approverRole: shortText,
  approverName: shortText,
  date: optionalDate,
  dpoAdviceFollowed: v.nullable(v.boolean),
  dpoAdviceReason: text,
  measuresApprovedBy: shortText,
  residualRiskAcceptedBy: shortText,
  reviewOwner: shortText,
  nextReview: optionalDate,
  /** What else brings the review forward (the platform's terms change, new features …). */
  reviewTriggers: text,
});

export type ScreeningAnswer = Infer<typeof screeningAnswer>;
export type ScreeningSection = Infer<typeof screeningSection>;
export type DataCategory = Infer<typeof dataCategory>;
export type DataSubject = Infer<typeof dataSubject>;
export type Recipient = Infer<typeof recipient>;
export type RecipientRole = Infer<typeof recipientRole>;
export type Asset = Infer<typeof asset>;
export type AssetKind = Infer<typeof assetKind>;
export type FeatureUse = Infer<typeof featureUse>;
export type NecessitySection = Infer<typeof necessitySection>;
export type ConsultedParty = Infer<typeof consultedParty>;
export type Consultation = Infer<typeof consultation>;
export type ConsultationSection = Infer<typeof consultationSection>;
export type SignOffSection = Infer<typeof signOffSection>;

export const emptyScreening = (): ScreeningSection => ({
  criteria: {},
  datatilsynetList: { answer: null, note: '' },
  result: null,
  reasoning: '',
});
export const emptyDescriptionDetails = () => ({
  dataCategories: [] as DataCategory[],
  dataSubjects: [] as DataSubject[],
  recipients: [] as Recipient[],
  features: {} as Record<string, FeatureUse>,
  retention: '',
  assets: [] as Asset[],
});
export const emptyNecessity = (): NecessitySection => ({
  minimisation: '',
  retention: '',
  information: '',
  rights: '',
  jointControl: '',
  transfers: '',
  alternatives: {},
});
export const emptyConsultation = (): ConsultationSection => ({ entries: [], dpoAdvice: '', dpoAdviceDate: '' });
export const emptySignOff = (): SignOffSection => ({
  body: '',
  approverRole: '',
  approverName: '',
  date: '',
  dpoAdviceFollowed: null,
  dpoAdviceReason: '',
  measuresApprovedBy: '',
  residualRiskAcceptedBy: '',
  reviewOwner: '',
  nextReview: '',
  reviewTriggers: '',
});
