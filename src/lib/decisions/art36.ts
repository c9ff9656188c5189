/**
 * Prior consultation with Datatilsynet (art. 36), in two layers kept apart:
 * the legal rule (art36Status: an approval with a high residual risk requires
 * prior consultation before start, in any round) and KS's process advice
 * (art36Notice), shown labelled as KS's. Pure.
 */
import type { DecisionOutcome, DecisionRound, PriorConsultation } from '../model/schema';
import { roundResidualIsHigh } from '../risk/method-residual';
import { rootOf } from './corrections';
import { formatLongDate } from '../dates';
import { ART36_DOCUMENT, ART36_NOT_START, ART36_NR2, ART36_REQUIRED_LABEL, ART36_RULE, KS_ART36_RULE } from './texts';
import type { Meeting } from './meetings';

export interface Art36Notice {
  /** Times before management (meetings). */
  times: number;
  /** The notice as short paragraphs, in order. */
  paragraphs: string[];
}

/** Where the prior consultation (art. 36) stands for the latest decision. */
type Art36State =
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
  const out = new Map<string, PriorConsultation>();
  for (const entry of log) out.set(rootOf(entry, byId).id, entry);
  return [...out.values()];
}

/** Whether an outcome lets the processing go ahead (at once or on conditions). */
export const letsProcessingGoAhead = (outcome: DecisionOutcome) => outcome === 'godkjent' || outcome === 'betinget';

/** Why the latest round's residual risk counts as high, in one sentence (the band comes from the assessment's method). */
function highResidualLine(latest: DecisionRound): string {
  const r = latest.residualRisk;
  if (r.highestBand) {
    return `Restrisikoen med tiltakene som var på plass da ledelsen behandlet vurderingen, lå i nivået ${r.highestBand.toLowerCase()}, som vurderingens risikometode regner som høyt.`;
  }
  return `Den høyeste restrisikoen da ledelsen behandlet vurderingen, var høy (${r.highest}).`;
}

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
