/**
 * One path through an assessment: the eight steps in their natural order, and
 * each step's state for an assessment. The path is a guide, not a lock: every
 * step stays reachable in any order. Pure.
 *
 * When a step is «ferdig» (done):
 * - screening: a result is recorded, with reasoning;
 * - description: purpose, nature, scope, context and retention are written, at
 *   least one data category and one group of data subjects are listed, and
 *   every platform feature is answered (in use or not);
 * - legal basis: every question the helper shows is answered (and justified
 *   where the answer needs it);
 * - necessity: all six reasoning fields are written, and at least one
 *   alternative is assessed with a reason;
 * - risks: at least one risk, and every risk has likelihood and consequence
 *   both before and after measures;
 * - consultation: the data protection officer's advice is written, and every
 *   consultation listed has a summary;
 * - decision: at least one decision round is recorded, and the sign-off names
 *   the approver, the date and the next review;
 * - report: every step before it is done (the report is made from them and
 *   stores nothing of its own).
 * «påbegynt» (started): something is written or chosen in the step, but it is
 * not done. «ikke påbegynt» (not started): nothing yet.
 */
import type { Assessment } from '../model/schema';
import { allAnswered } from '../legal-basis/completion';
import { FEATURES } from './features';
import type { ConsultationSection, NecessitySection, ScreeningSection, SignOffSection } from './sections';
import type { DataCategory, DataSubject, Recipient, Asset, FeatureUse } from './sections';

/** The parts format version 3 adds to an assessment. */
export interface DpiaParts {
  screening: ScreeningSection;
  description: Assessment['description'] & {
    dataCategories: DataCategory[];
    dataSubjects: DataSubject[];
    recipients: Recipient[];
    features: Record<string, FeatureUse>;
    retention: string;
    assets: Asset[];
  };
  necessity: NecessitySection;
  consultation: ConsultationSection;
  signOff: SignOffSection;
}
export type DpiaAssessment = Assessment & DpiaParts;

export type StepState = 'ferdig' | 'pabegynt' | 'ikke-pabegynt';
export const STATE_LABELS: Record<StepState, string> = { ferdig: 'ferdig', pabegynt: 'påbegynt', 'ikke-pabegynt': 'ikke påbegynt' };

export type StepId =
  'screening' | 'beskrivelse' | 'behandlingsgrunnlag' | 'nodvendighet' | 'risiko' | 'medvirkning' | 'beslutning' | 'rapport';

export interface Step {
  id: StepId;
  label: string;
  /** The tool page, relative to the site root (pass through withBase). */
  path: string;
}

export const STEPS: readonly Step[] = [
  { id: 'screening', label: 'Trenger vi en DPIA?', path: '/verktoy/screening/' },
  { id: 'beskrivelse', label: 'Beskrivelse av behandlingen', path: '/verktoy/beskrivelse/' },
  { id: 'behandlingsgrunnlag', label: 'Behandlingsgrunnlag', path: '/verktoy/behandlingsgrunnlag/' },
  { id: 'nodvendighet', label: 'Nødvendighet og forholdsmessighet', path: '/verktoy/nodvendighet/' },
  { id: 'risiko', label: 'Risikovurdering', path: '/verktoy/risikovurdering/' },
  { id: 'medvirkning', label: 'Medvirkning og råd', path: '/verktoy/medvirkning/' },
  { id: 'beslutning', label: 'Ledelsens beslutning og godkjenning', path: '/verktoy/ledelsesbeslutning/' },
  { id: 'rapport', label: 'Rapport', path: '/verktoy/rapport/' },
];

const filled = (s: string | undefined) => !!s && s.trim() !== '';
const state = (done: boolean, started: boolean): StepState => (done ? 'ferdig' : started ? 'pabegynt' : 'ikke-pabegynt');

function screeningState(s: ScreeningSection): StepState {
  const started =
    s.result !== null ||
    filled(s.reasoning) ||
    s.datatilsynetList.answer !== null ||
    filled(s.datatilsynetList.note) ||
    Object.values(s.criteria).some((c) => c.answer !== null || filled(c.note));
  return state(s.result !== null && filled(s.reasoning), started);
}

function descriptionState(d: DpiaParts['description']): StepState {
  const texts = [d.purpose, d.nature, d.scope, d.context, d.retention];
  const features = FEATURES.every((f) => (d.features[f.id]?.inUse ?? null) !== null);
  const done = texts.every(filled) && d.dataCategories.length > 0 && d.dataSubjects.length > 0 && features;
  const started =
    texts.some(filled) ||
    d.dataCategories.length + d.dataSubjects.length + d.recipients.length + d.assets.length > 0 ||
    Object.values(d.features).some((f) => f.inUse !== null || filled(f.note));
  return state(done, started);
}

function legalBasisState(a: Assessment): StepState {
  const answers = a.legalBasis.answers;
  return state(allAnswered(answers), Object.keys(answers).length > 0);
}

const NECESSITY_TEXTS = ['minimisation', 'retention', 'information', 'rights', 'jointControl', 'transfers'] as const;
function necessityState(n: NecessitySection): StepState {
  const alternatives = Object.values(n.alternatives);
  const done = NECESSITY_TEXTS.every((k) => filled(n[k])) && alternatives.some((x) => x.chosen !== null && filled(x.reason));
  const started = NECESSITY_TEXTS.some((k) => filled(n[k])) || alternatives.some((x) => x.chosen !== null || filled(x.reason));
  return state(done, started);
}

function riskState(a: Assessment): StepState {
  const scored = (r: Assessment['risks'][number]) =>
    r.likelihood !== null && r.consequence !== null && r.residualLikelihood !== null && r.residualConsequence !== null;
  return state(a.risks.length > 0 && a.risks.every(scored), a.risks.length > 0);
}

function consultationState(c: ConsultationSection): StepState {
  const done = filled(c.dpoAdvice) && c.entries.every((e) => filled(e.summary));
  return state(done, c.entries.length > 0 || filled(c.dpoAdvice) || filled(c.dpoAdviceDate));
}

function decisionState(a: Assessment, s: SignOffSection): StepState {
  const signed = filled(s.approverName) && filled(s.date) && filled(s.nextReview);
  const started = a.decisions.length > 0 || Object.entries(s).some(([, v]) => (typeof v === 'string' ? filled(v) : v !== null));
  return state(a.decisions.length > 0 && signed, started);
}

export interface StepStatus extends Step {
  state: StepState;
}

/** Each step with its state, in the order of the path. */
export function assessmentPath(a: DpiaAssessment): StepStatus[] {
  const states: Record<Exclude<StepId, 'rapport'>, StepState> = {
    screening: screeningState(a.screening),
    beskrivelse: descriptionState(a.description),
    behandlingsgrunnlag: legalBasisState(a),
    nodvendighet: necessityState(a.necessity),
    risiko: riskState(a),
    medvirkning: consultationState(a.consultation),
    beslutning: decisionState(a, a.signOff),
  };
  const before = Object.values(states);
  const report = state(
    before.every((s) => s === 'ferdig'),
    before.some((s) => s !== 'ikke-pabegynt'),
  );
  return STEPS.map((step) => ({ ...step, state: step.id === 'rapport' ? report : states[step.id] }));
}

/**
 * The step to suggest next: the first step after `current` (or from the start
 * when there is none) that is not done, else the first not done from the
 * start; null when every step is done.
 */
export function nextStep(path: readonly StepStatus[], current?: StepId): StepStatus | null {
  const at = current ? path.findIndex((s) => s.id === current) : -1;
  const after = path.slice(at + 1).find((s) => s.state !== 'ferdig');
  return after ?? path.find((s) => s.state !== 'ferdig' && s.id !== current) ?? null;
}
