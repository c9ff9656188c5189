/**
 * Turning what the user typed into a decision round: validation with Norwegian
 * messages per field, and building the round to append. Pure.
 */
import type { Assessment, DecisionOutcome, DecisionRound } from '../model/schema';
import { assessmentFingerprint } from './fingerprint';
import { residualRisk } from './residual';
import { sectionFingerprints } from '../dpia/section-prints';
import { meetings, openConditions } from './rules';
import { OUTCOME_LABEL } from '../model/labels';

export interface RoundDraft {
  date: string;
  body: string;
  outcome: DecisionOutcome | '';
  /** Conditions, one per line (used only for a conditional approval). */
  conditionsText: string;
  justification: string;
  presentedBy: string;
  actionPlan: string;
  dpoAdvice: string;
  dpoFollowed: boolean | null;
  dpoReason: string;
  dataSubjectViews: string;
  strongWish: boolean | null;
  /** The id of the round this entry corrects, or '' for a new meeting. */
  corrects: string;
  correctionReason: string;
  /** What happened to the open conditions of an earlier conditional approval (required when approving over them). */
  openConditionsStatement: string;
}

export const emptyDraft = (date = ''): RoundDraft => ({
  date,
  body: '',
  outcome: '',
  conditionsText: '',
  justification: '',
  presentedBy: '',
  actionPlan: '',
  dpoAdvice: '',
  dpoFollowed: null,
  dpoReason: '',
  dataSubjectViews: '',
  strongWish: null,
  corrects: '',
  correctionReason: '',
  openConditionsStatement: '',
});

export type DraftErrors = Partial<Record<keyof RoundDraft, string>>;

/** The fields in the order the form shows them (the first one in error gets focus). */
export const ROUND_FIELD_ORDER: readonly (keyof RoundDraft)[] = [
  'corrects',
  'correctionReason',
  'date',
  'body',
  'outcome',
  'conditionsText',
  'openConditionsStatement',
  'justification',
  'presentedBy',
  'actionPlan',
  'dpoAdvice',
  'dpoFollowed',
  'dpoReason',
  'dataSubjectViews',
  'strongWish',
];

/** A draft as text only, field by field (how an unsubmitted form is kept as a draft in storage). */
export type RoundDraftText = Record<keyof RoundDraft, string>;

const choiceText = (v: boolean | null) => (v === null ? '' : v ? 'ja' : 'nei');
const choiceOf = (s: string) => (s === 'ja' ? true : s === 'nei' ? false : null);
const OUTCOMES: readonly string[] = ['godkjent', 'betinget', 'ikke-godkjent'];

/** The draft as text (the choices as 'ja', 'nei' or ''). */
export function roundDraftToText(d: RoundDraft): RoundDraftText {
  return { ...d, dpoFollowed: choiceText(d.dpoFollowed), strongWish: choiceText(d.strongWish) };
}

/** The draft back from text; an unknown decision or choice becomes «not chosen». */
export function roundDraftFromText(t: RoundDraftText): RoundDraft {
  return {
    ...t,
    outcome: OUTCOMES.includes(t.outcome) ? (t.outcome as DecisionOutcome) : '',
    dpoFollowed: choiceOf(t.dpoFollowed),
    strongWish: choiceOf(t.strongWish),
  };
}

/** A draft that corrects `round`: its facts filled in, the reason left to the user. */
export function draftFrom(round: DecisionRound): RoundDraft {
  return {
    date: round.date,
    body: round.body,
    outcome: round.outcome,
    conditionsText: round.conditions.map((c) => c.text).join('\n'),
    justification: round.justification,
    presentedBy: round.presentedBy,
    actionPlan: round.actionPlan,
    dpoAdvice: round.dpoAdvice,
    dpoFollowed: round.dpoFollowed,
    dpoReason: round.dpoReason,
    dataSubjectViews: round.dataSubjectViews,
    strongWish: round.strongWish,
    corrects: round.id,
    correctionReason: '',
    openConditionsStatement: round.openConditionsStatement,
  };
}

/** What the form says after `round` was appended as round number `number` to `before` (the log before it). */
export function roundRecordedMessage(round: DecisionRound, number: number, before: readonly DecisionRound[]): string {
  return round.corrects
    ? `Runde ${number} er registrert som rettelse av runde ${before.findIndex((r) => r.id === round.corrects) + 1}.`
    : `Runde ${number} er registrert: ${OUTCOME_LABEL[round.outcome]}.`;
}

/** The conditions as typed: one per non-empty line. */
export function conditionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const isDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * The open conditions an approval in this draft would pass over: the latest
 * meeting is a conditional approval whose conditions are not all marked met,
 * and the draft approves without conditions. Empty otherwise.
 */
export function conditionsPassedOver(
  draft: Pick<RoundDraft, 'outcome'>,
  existing: readonly DecisionRound[],
  conditionStatus: Assessment['conditionStatus'] = {},
): DecisionRound['conditions'] {
  if (draft.outcome !== 'godkjent') return [];
  return openConditions(meetings(existing).at(-1)?.effective ?? null, conditionStatus);
}

/** Field errors of a draft (empty when it can be recorded). */
/** What the residual risk of the assessment rests on, for the rules below (src/lib/risk/method-residual.ts, residualPicture). */
export interface ResidualBasis {
  /** Risks whose lowered after-measures score has no written justification. */
  missingJustification: readonly { title: string }[];
  /** Risks whose lower residual risk rests on measures that are only planned. */
  restingOnPlanned: readonly { title: string; measures: readonly { text: string }[] }[];
}

/**
 * The conditions an approval resting on planned measures gets: one line per
 * planned measure that lowers a risk («tiltak (risiko)»), for the conditions field.
 */
export function plannedConditionLines(basis: ResidualBasis): string[] {
  return basis.restingOnPlanned.flatMap((r) => r.measures.map((m) => `${m.text.trim() || 'Tiltak uten tekst'} (${r.title})`));
}

export function validateDraft(
  draft: RoundDraft,
  existing: readonly DecisionRound[],
  conditionStatus: Assessment['conditionStatus'] = {},
  basis: ResidualBasis = { missingJustification: [], restingOnPlanned: [] },
): DraftErrors {
  const e: DraftErrors = {};
  // Approving means accepting the residual risk: every lowered after-measures score must say why,
  // and an approval that rests on planned measures is conditional on them.
  if (draft.outcome === 'godkjent' || draft.outcome === 'betinget') {
    if (basis.missingJustification.length > 0) {
      e.outcome =
        `Ledelsen kan ikke godta restrisikoen før vurderingen etter tiltak er begrunnet for: ${basis.missingJustification.map((r) => r.title).join(', ')}. ` +
        'Skriv begrunnelsen i risikovurderingen.';
    } else if (draft.outcome === 'godkjent' && basis.restingOnPlanned.length > 0) {
      e.outcome =
        'Restrisikoen er bare lavere når planlagte tiltak er gjennomført. Velg betinget godkjenning og før opp de planlagte tiltakene som vilkår, ' +
        'eller vent til tiltakene er på plass.';
    }
  }
  const passedOver = conditionsPassedOver(draft, existing, conditionStatus);
  if (passedOver.length > 0 && !draft.openConditionsStatement.trim())
    e.openConditionsStatement = `Skriv hva som har skjedd med ${passedOver.length === 1 ? 'vilkåret som ikke er oppfylt' : `de ${passedOver.length} vilkårene som ikke er oppfylt`}, og hvorfor ledelsen godkjenner uten dem. En betinget godkjenning kan ikke erstattes av en godkjenning uten et ord om vilkårene.`;
  if (!draft.date.trim()) e.date = 'Skriv inn datoen for møtet.';
  else if (!isDate(draft.date.trim())) e.date = 'Datoen må skrives som ÅÅÅÅ-MM-DD, for eksempel 2026-11-22.';
  if (!draft.body.trim()) e.body = 'Skriv hvilket organ som behandlet vurderingen, for eksempel kommunedirektørens ledergruppe.';
  if (draft.outcome === '') e.outcome = 'Velg ledelsens beslutning.';
  if (draft.outcome === 'betinget' && conditionLines(draft.conditionsText).length === 0)
    e.conditionsText = 'Skriv minst ett vilkår for den betingede godkjenningen (ett vilkår per linje).';
  if (!draft.justification.trim()) e.justification = 'Skriv ledelsens begrunnelse for beslutningen.';
  if (!draft.presentedBy.trim()) e.presentedBy = 'Skriv hvem som la fram vurderingen.';
  if (draft.dpoFollowed !== null && !draft.dpoAdvice.trim())
    e.dpoAdvice = 'Skriv hva personvernombudet rådet, når dere oppgir om rådet ble fulgt.';
  if (draft.dpoFollowed === false && !draft.dpoReason.trim())
    e.dpoReason = 'Skriv hvorfor ledelsen ikke fulgte rådet fra personvernombudet.';
  if (draft.corrects) {
    if (!existing.some((r) => r.id === draft.corrects)) e.corrects = 'Runden dere vil rette, finnes ikke i loggen.';
    if (!draft.correctionReason.trim()) e.correctionReason = 'Skriv hva som rettes, og hvorfor.';
  }
  const tooLong = (s: string, max: number) => s.length > max;
  for (const key of ['body', 'presentedBy'] as const)
    if (!e[key] && tooLong(draft[key], 500)) e[key] = 'Teksten er for lang (over 500 tegn).';
  for (const key of [
    'justification',
    'actionPlan',
    'dpoAdvice',
    'dpoReason',
    'dataSubjectViews',
    'correctionReason',
    'conditionsText',
    'openConditionsStatement',
  ] as const)
    if (!e[key] && tooLong(draft[key], 20_000)) e[key] = 'Teksten er for lang (over 20 000 tegn).';
  return e;
}

/** The round to append, with the residual risk and fingerprint of the assessment as it stands now. */
export function buildRound(draft: RoundDraft, a: Assessment, opts: { now: Date; newId: (prefix: string) => string }): DecisionRound {
  const r = residualRisk(a.risks, a.method);
  return {
    id: opts.newId('b'),
    recordedAt: opts.now.toISOString(),
    date: draft.date.trim(),
    body: draft.body.trim(),
    outcome: draft.outcome as DecisionOutcome,
    conditions:
      draft.outcome === 'betinget' ? conditionLines(draft.conditionsText).map((text) => ({ id: opts.newId('vilkar'), text })) : [],
    justification: draft.justification.trim(),
    presentedBy: draft.presentedBy.trim(),
    residualRisk: r,
    actionPlan: draft.actionPlan.trim(),
    dpoAdvice: draft.dpoAdvice.trim(),
    dpoFollowed: draft.dpoFollowed,
    dpoReason: draft.dpoFollowed === false ? draft.dpoReason.trim() : '',
    dataSubjectViews: draft.dataSubjectViews.trim(),
    strongWish: draft.strongWish,
    corrects: draft.corrects || null,
    correctionReason: draft.corrects ? draft.correctionReason.trim() : '',
    fingerprint: assessmentFingerprint(a),
    openConditionsStatement: draft.openConditionsStatement.trim(),
    sections: sectionFingerprints(a),
  };
}

/** The assessment with the round appended (the only way rounds are added: never edited, never removed). */
export function appendRound(a: Assessment, round: DecisionRound): Assessment {
  return { ...a, decisions: [...a.decisions, round] };
}

/** The assessment with a condition marked met or not met, with a note. */
export function setConditionStatus(a: Assessment, conditionId: string, met: boolean, note: string): Assessment {
  return { ...a, conditionStatus: { ...a.conditionStatus, [conditionId]: { met, note } } };
}
