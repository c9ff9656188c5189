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
import type { Assessment, DecisionOutcome, DecisionRound } from '../model/schema';
import { ART36_NOT_START, ART36_REQUIRED_LABEL } from './texts';
import { meetings } from './meetings';
import { type Art36Notice, type Art36Status, art36Status, art36Applies, art36Notice } from './art36';

// Split by topic; what the other modules import from here stays here.
export { meetings, correctedIds } from './meetings';
export { effectiveConsultations, letsProcessingGoAhead, art36Status, art36Applies } from './art36';

export type DecisionState = 'ingen' | DecisionOutcome;

interface ConditionView {
  id: string;
  text: string;
  met: boolean;
  note: string;
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
      nextStep:
        'Legg vurderingen fram for ledelsen. Ledelsen avgjør om tiltakene, restrisikoen og en eventuell handlingsplan er akseptable.',
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
