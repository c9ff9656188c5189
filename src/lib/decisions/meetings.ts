/**
 * Meetings in the decision log: rounds are append-only, and a correction is a
 * new round that names the round it corrects. A meeting is the round as first
 * recorded, with its corrections; the last correction counts (rules.ts says more).
 */
import type { DecisionRound } from '../model/schema';
import { rootOf } from './corrections';

/** One meeting: the round as first recorded, its corrections, and what counts. */
export interface Meeting {
  /** The round first recorded for this meeting. */
  original: DecisionRound;
  /** Corrections in the order they were recorded. */
  corrections: DecisionRound[];
  /** What counts: the last correction, or the original when never corrected. */
  effective: DecisionRound;
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
