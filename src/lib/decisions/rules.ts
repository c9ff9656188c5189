/**
 * Chapter 8 of the guide as pure rules: what management's decisions mean for
 * the unit, when a revised assessment must go back, and when prior
 * consultation with Datatilsynet (art. 36) must be requested.
 *
 * Art. 36 has two layers, kept apart: the legal rule (art36Status: any
 * approval with a high residual risk requires prior consultation before start,
 * in any round) and KS's process advice (art36Notice: more than one round,
 * still high, still a strong wish), which is shown labelled as KS's.
 *
 * Rounds are append-only. A correction is a new round that names the round it
 * corrects (`corrects`) and why. How corrections count (decided here, shown on
 * the page):
 *  - A correction replaces the round it corrects: it records the same meeting
 *    again with the right details. The effective content of that meeting is the
 *    last correction in its chain (a correction of a correction belongs to the
 *    same chain).
 *  - A correction is not another time before management: the number of times
 *    ("ganger behandlet") counts meetings, i.e. rounds that correct nothing.
 *  - The corrected round stays in the log, marked as corrected, never changed.
 */
import type { Assessment, DecisionOutcome, DecisionRound, PriorConsultation } from '../model/schema';
import { roundResidualIsHigh } from '../risk/method-residual';
import { formatLongDate } from '../dates';
import { ART36_DOCUMENT, ART36_NOT_START, ART36_NR2, ART36_REQUIRED_LABEL, ART36_RULE, KS_ART36_RULE } from './texts';

export const OUTCOME_LABEL: Record<DecisionOutcome, string> = {
  godkjent: 'Godkjent',
  betinget: 'Betinget godkjent',
  'ikke-godkjent': 'Ikke godkjent',
};

/** One meeting: the round as first recorded, its corrections, and what counts. */
export interface Meeting {
  /** The round first recorded for this meeting. */
  original: DecisionRound;
  /** Corrections in the order they were recorded. */
  corrections: DecisionRound[];
  /** What counts: the last correction, or the original when never corrected. */
  effective: DecisionRound;
}

/** The root round a round belongs to (follows `corrects` back; stops on cycles or missing ids). */
function rootOf(round: DecisionRound, byId: Map<string, DecisionRound>): DecisionRound {
  let current = round;
  const seen = new Set<string>([current.id]);
  while (current.corrects !== null) {
    const target = byId.get(current.corrects);
    if (!target || seen.has(target.id)) break;
    seen.add(target.id);
    current = target;
  }
  return current;
}

/** The meetings in the order they were recorded, with corrections applied. */
export function meetings(decisions: readonly DecisionRound[]): Meeting[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const out = new Map<string, Meeting>();
  for (const round of decisions) {
    const root = rootOf(round, byId);
    const meeting = out.get(root.id);
    if (!meeting) {
      out.set(root.id, { original: root, corrections: root === round ? [] : [round], effective: round });
    } else if (round !== root) {
      meeting.corrections.push(round);
      meeting.effective = round;
    }
  }
  return [...out.values()];
}

/** The ids of rounds that have been corrected by a later round. */
export function correctedIds(decisions: readonly DecisionRound[]): Set<string> {
  const ids = new Set(decisions.map((d) => d.id));
  return new Set(decisions.map((d) => d.corrects).filter((c): c is string => c !== null && ids.has(c)));
}

export type DecisionState = 'ingen' | DecisionOutcome;

export interface ConditionView {
  id: string;
  text: string;
  met: boolean;
  note: string;
}

export interface Art36Notice {
  /** Times before management (meetings). */
  times: number;
  /** The notice as short paragraphs, in order. */
  paragraphs: string[];
}

export interface DecisionStatus {
  state: DecisionState;
  /** Short status, e.g. for the report cover. */
  label: string;
  /** What the decision means for the unit. */
  meaning: string;
  /** true: the unit may start; false: it may not; null: the rules say neither (pending conditions). */
  mayStart: boolean | null;
  /** What to do next. */
  nextStep: string;
  /** Times the assessment has been before management (corrections not counted). */
  times: number;
  latest: DecisionRound | null;
  /** Conditions of the latest decision when it is a conditional approval. */
  conditions: ConditionView[];
  /** Whether the assessment has changed since the latest recorded round (by fingerprint). */
  changedSinceDecision: boolean;
  /** KS's process advice (more than one round, still high, strong wish), or null. */
  art36: Art36Notice | null;
  /** The legal rule: where prior consultation stands (art. 36 nr. 1). */
  consultation: Art36Status;
}

/** Where the prior consultation (art. 36) stands for the latest decision. */
export type Art36State =
  /** No decision lets the processing go ahead with a high residual risk. */
  | 'ikke-aktuelt'
  /** An approval (or conditional approval) with high residual risk, and nothing requested yet. */
  | 'kreves'
  /** Requested, Datatilsynet has not answered. */
  | 'bedt-om'
  /** Answered, but management has not decided again since the answer. */
  | 'besvart'
  /** Answered, and management has decided again after the answer. */
  | 'behandlet';

export interface Art36Status {
  state: Art36State;
  /** Short status for the page and the report cover. */
  label: string;
  /** Whether the highest residual risk of the latest decision is high. */
  highResidual: boolean;
  /** The latest prior-consultation entry (corrections applied), or null. */
  consultation: PriorConsultation | null;
  /** The notice as short paragraphs, in order (empty when not relevant). */
  paragraphs: string[];
}

/** The prior-consultation log with corrections applied: one entry per request, the latest correction counting. */
export function effectiveConsultations(log: readonly PriorConsultation[]): PriorConsultation[] {
  const byId = new Map(log.map((c) => [c.id, c]));
  const rootOfEntry = (entry: PriorConsultation) => {
    let current = entry;
    const seen = new Set([current.id]);
    while (current.corrects !== null) {
      const target = byId.get(current.corrects);
      if (!target || seen.has(target.id)) break;
      seen.add(target.id);
      current = target;
    }
    return current;
  };
  const out = new Map<string, PriorConsultation>();
  for (const entry of log) out.set(rootOfEntry(entry).id, entry);
  return [...out.values()];
}

/** Why the latest round's residual risk counts as high, in one sentence (the band comes from the assessment's method). */
export function highResidualLine(latest: DecisionRound): string {
  const r = latest.residualRisk;
  if (r.highestBand) {
    return `Restrisikoen med tiltakene som var på plass da ledelsen behandlet vurderingen, lå i nivået ${r.highestBand.toLowerCase()}, som vurderingens risikometode regner som høyt.`;
  }
  return `Den høyeste restrisikoen da ledelsen behandlet vurderingen, var høy (${r.highest}).`;
}

/** Whether an outcome lets the processing go ahead (at once or on conditions). */
export const letsProcessingGoAhead = (outcome: DecisionOutcome) => outcome === 'godkjent' || outcome === 'betinget';

/**
 * The legal rule (art. 36 nr. 1): a decision that lets the processing go ahead
 * while the highest residual risk is high requires prior consultation before
 * the processing starts, in any round. The number of rounds and the «sterkt
 * ønske» answer (KS's process rule) play no part here.
 */
export function art36Status(latest: DecisionRound | null, log: readonly PriorConsultation[]): Art36Status {
  const highResidual = latest !== null && roundResidualIsHigh(latest.residualRisk);
  const consultation = effectiveConsultations(log).at(-1) ?? null;
  const none = { highResidual, consultation, paragraphs: [] as string[] };
  if (!latest) return { ...none, state: 'ikke-aktuelt', label: 'Ledelsen har ikke behandlet vurderingen ennå' };
  if (!highResidual || !letsProcessingGoAhead(latest.outcome)) {
    return { ...none, state: 'ikke-aktuelt', label: 'Forhåndsdrøfting er ikke utløst av beslutningen' };
  }
  if (consultation === null) {
    return {
      ...none,
      state: 'kreves',
      label: ART36_REQUIRED_LABEL,
      paragraphs: [
        highResidualLine(latest),
        ART36_RULE,
        ART36_NOT_START,
        ART36_DOCUMENT,
        ART36_NR2,
        'Når kommunen har bedt om forhåndsdrøfting, registrerer dere det i loggen under, og senere Datatilsynets svar.',
      ],
    };
  }
  if (consultation.answerDate === '') {
    return {
      ...none,
      state: 'bedt-om',
      label: `Forhåndsdrøfting bedt om ${formatLongDate(consultation.requestedDate)}, venter på svar fra Datatilsynet`,
      paragraphs: [
        ART36_RULE,
        'Enheten bør ikke ta i bruk plattformen før Datatilsynets svar foreligger og ledelsen har tatt stilling til det.',
        ART36_NR2,
      ],
    };
  }
  if (latest.date < consultation.answerDate) {
    return {
      ...none,
      state: 'besvart',
      label: `Svar fra Datatilsynet ${formatLongDate(consultation.answerDate)}, ledelsen må ta stilling til det før oppstart`,
      paragraphs: [
        'Datatilsynet har svart. Legg svaret fram for ledelsen og registrer en ny runde. Enheten kan ikke starte før ledelsen har behandlet svaret.',
        ART36_NR2,
      ],
    };
  }
  return {
    ...none,
    state: 'behandlet',
    label: `Forhåndsdrøfting gjennomført (svar ${formatLongDate(consultation.answerDate)}), ledelsen har behandlet svaret`,
    paragraphs: [
      'Ledelsen har behandlet saken etter Datatilsynets svar. Følg rådene. Har Datatilsynet sagt at behandlingen vil være i strid med forordningen, kan den ikke startes slik den er beskrevet.',
    ],
  };
}

/** Whether KS's process rule for prior consultation applies to these meetings (shown as KS's advice). */
export function art36Applies(all: readonly Meeting[]): boolean {
  const latest = all.at(-1)?.effective;
  if (!latest || all.length < 2) return false;
  return roundResidualIsHigh(latest.residualRisk) && latest.strongWish === true;
}

/** KS's process advice, labelled as KS's (the legal rule is in {@link art36Status}). */
export function art36Notice(times: number): Art36Notice {
  return {
    times,
    paragraphs: [
      `Vurderingen har vært behandlet av ledelsen ${times} ganger, restrisikoen er fortsatt høy, og ønsket om å bruke plattformen er fortsatt sterkt.`,
      KS_ART36_RULE,
      'Registrer ledelsens beslutning om å be om forhåndsdrøfting som en ny runde.',
    ],
  };
}

/** Open conditions of a conditional approval: conditions not marked met. */
export function openConditions(round: DecisionRound | null, conditionStatus: Assessment['conditionStatus']): DecisionRound['conditions'] {
  if (!round || round.outcome !== 'betinget') return [];
  return round.conditions.filter((c) => conditionStatus[c.id]?.met !== true);
}

/** The status of an assessment under chapter 8. `fingerprint` is the assessment's current fingerprint. */
export function decisionStatus(
  a: Pick<Assessment, 'decisions' | 'conditionStatus'> & Partial<Pick<Assessment, 'priorConsultations'>>,
  fingerprint: string,
): DecisionStatus {
  const status = baseStatus(a, fingerprint);
  const c = status.consultation;
  if (c.state === 'kreves' || c.state === 'bedt-om' || c.state === 'besvart') {
    // The law comes before the decision's own meaning: the unit may not start.
    return {
      ...status,
      label: c.state === 'kreves' ? ART36_REQUIRED_LABEL : c.label,
      meaning: `${status.state === 'betinget' ? 'Ledelsen har godkjent vurderingen på vilkår.' : 'Ledelsen har godkjent vurderingen og avveiningene i den.'} ${ART36_NOT_START}`,
      mayStart: false,
      nextStep: [
        c.state === 'kreves'
          ? 'Ledelsen ber om forhåndsdrøfting med Datatilsynet før oppstart. Registrer forespørselen i loggen over forhåndsdrøfting.'
          : c.state === 'bedt-om'
            ? 'Vent på svar fra Datatilsynet, og registrer svaret i loggen over forhåndsdrøfting.'
            : 'Legg Datatilsynets svar fram for ledelsen og registrer en ny runde.',
        // The conditions of a conditional approval still have to be met.
        status.state === 'betinget' ? status.nextStep : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  // An approval that rested on planned measures: they are conditions, and the residual risk now is higher until they are done.
  if ((status.state === 'godkjent' || status.state === 'betinget') && status.latest?.residualRisk.restsOnPlanned) {
    return {
      ...status,
      meaning:
        `${status.meaning} Godkjenningen hviler på planlagte tiltak: restrisikoen var bare lavere når de er gjennomført, ` +
        'så tiltakene er vilkår for godkjenningen.',
    };
  }
  return status;
}

function baseStatus(
  a: Pick<Assessment, 'decisions' | 'conditionStatus'> & Partial<Pick<Assessment, 'priorConsultations'>>,
  fingerprint: string,
): DecisionStatus {
  const all = meetings(a.decisions);
  const latest = all.at(-1)?.effective ?? null;
  const lastRecorded = a.decisions.at(-1) ?? null;
  const times = all.length;
  const changedSinceDecision = lastRecorded !== null && lastRecorded.fingerprint !== fingerprint;
  const art36 = art36Applies(all) ? art36Notice(times) : null;
  const consultation = art36Status(latest, a.priorConsultations ?? []);
  const base = { times, latest, changedSinceDecision, art36, consultation, conditions: [] as ConditionView[] };

  if (latest === null) {
    return {
      ...base,
      state: 'ingen',
      label: 'Ikke behandlet av ledelsen',
      meaning: 'Ledelsen har ikke behandlet vurderingen ennå. Enheten kan ikke ta i bruk plattformen før vurderingen er godkjent.',
      mayStart: false,
      nextStep: 'Legg vurderingen fram for ledelsen. Ledelsen avgjør om tiltakene, restrisikoen og en eventuell handlingsplan er akseptable.',
    };
  }
  if (latest.outcome === 'godkjent') {
    return {
      ...base,
      state: 'godkjent',
      label: 'Godkjent av ledelsen',
      meaning: 'Ledelsen har godkjent vurderingen og avveiningene i den. Enheten kan ta i bruk plattformen.',
      mayStart: true,
      nextStep: 'Følg handlingsplanen. Endres bruken eller plattformens vilkår, må vurderingen oppdateres og legges fram på nytt.',
    };
  }
  if (latest.outcome === 'betinget') {
    const conditions = latest.conditions.map((c) => ({
      id: c.id,
      text: c.text,
      met: a.conditionStatus[c.id]?.met ?? false,
      note: a.conditionStatus[c.id]?.note ?? '',
    }));
    const open = conditions.filter((c) => !c.met).length;
    return {
      ...base,
      conditions,
      state: 'betinget',
      label: 'Betinget godkjent – revidert vurdering skal tilbake til ledelsen',
      meaning: 'Ledelsen har godkjent vurderingen på vilkår. En revidert vurdering skal tilbake til ledelsen.',
      mayStart: null,
      nextStep:
        open > 0
          ? `Oppfyll vilkårene (${open} av ${conditions.length} gjenstår), oppdater vurderingen og legg den reviderte vurderingen fram for ledelsen. Registrer så neste runde.`
          : 'Alle vilkårene er markert som oppfylt. Legg den reviderte vurderingen fram for ledelsen, og registrer neste runde.',
    };
  }
  return {
    ...base,
    state: 'ikke-godkjent',
    label: 'Ikke godkjent av ledelsen',
    meaning: 'Ledelsen har ikke godkjent vurderingen. Kommunen kan ikke ta i bruk plattformen.',
    mayStart: false,
    nextStep: 'Ønsker kommunen fortsatt å bruke plattformen, må vurderingen og tiltakene endres og legges fram for ledelsen på nytt.',
  };
}
