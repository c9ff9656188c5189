/**
 * Risk scoring on the site's example scales: likelihood × consequence, each 1–5,
 * in three bands. The thresholds are stated on the risk page and in exports.
 * Pure functions, no DOM.
 */
import type { Score } from '../model/schema';

export type Band = 'lav' | 'middels' | 'hoy';

/** Inclusive score ranges of the bands (score = likelihood × consequence, 1–25). */
export const BANDS: readonly { band: Band; label: string; min: number; max: number }[] = [
  { band: 'lav', label: 'Lav', min: 1, max: 4 },
  { band: 'middels', label: 'Middels', min: 5, max: 9 },
  { band: 'hoy', label: 'Høy', min: 10, max: 25 },
];

/** The risk score, or null while likelihood or consequence is not assessed. */
export function riskScore(likelihood: Score, consequence: Score): number | null {
  return likelihood === null || consequence === null ? null : likelihood * consequence;
}

/** The band of a score (null for an unassessed risk). */
export function bandOf(score: number | null): Band | null {
  if (score === null) return null;
  const found = BANDS.find((b) => score >= b.min && score <= b.max);
  if (!found) throw new RangeError(`Risikoverdien ${score} er utenfor skalaen 1–25.`);
  return found.band;
}

export function bandLabel(band: Band | null): string {
  return band === null ? 'Ikke vurdert' : BANDS.find((b) => b.band === band)!.label;
}
