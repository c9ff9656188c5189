/**
 * Chapter 8 of the guide as pure rules: what management's decisions mean for
 * the unit, when a revised assessment must go back, and when prior
 * consultation with Datatilsynet (art. 36) must be requested.
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
import type { Assessment, DecisionOutcome, DecisionRound } from '../model/schema';
import { bandOf } from '../risk/scoring';

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
  art36: Art36Notice | null;
}

/** Whether the art. 36 rule of chapter 8 applies to these meetings. */
export function art36Applies(all: readonly Meeting[]): boolean {
  const latest = all.at(-1)?.effective;
  if (!latest || all.length < 2) return false;
  return bandOf(latest.residualRisk.highest) === 'hoy' && latest.strongWish === true;
}

export function art36Notice(times: number): Art36Notice {
  return {
    times,
    paragraphs: [
      `Vurderingen har vært behandlet av ledelsen ${times} ganger, restrisikoen er fortsatt høy, og ønsket om å bruke plattformen er fortsatt sterkt. Da skal kommunen be om forhåndsdrøftelse med Datatilsynet (art. 36).`,
      'Det er ledelsen som beslutter å be om forhåndsdrøftelse. Registrer beslutningen som en ny runde.',
      'Dokumenter at kommunen ikke klarer å redusere risikoen ytterligere: hvilke tiltak som er vurdert og gjennomført, og hvorfor restrisikoen likevel er høy.',
      'Til orientering: Datatilsynet skal gi skriftlig råd innen åtte uker etter at anmodningen er mottatt. Fristen kan forlenges med seks uker (art. 36 nr. 2).',
    ],
  };
}

/** The status of an assessment under chapter 8. `fingerprint` is the assessment's current fingerprint. */
export function decisionStatus(a: Pick<Assessment, 'decisions' | 'conditionStatus'>, fingerprint: string): DecisionStatus {
  const all = meetings(a.decisions);
  const latest = all.at(-1)?.effective ?? null;
  const lastRecorded = a.decisions.at(-1) ?? null;
  const times = all.length;
  const changedSinceDecision = lastRecorded !== null && lastRecorded.fingerprint !== fingerprint;
  const art36 = art36Applies(all) ? art36Notice(times) : null;
  const base = { times, latest, changedSinceDecision, art36, conditions: [] as ConditionView[] };

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
