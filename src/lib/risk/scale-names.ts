/**
 * The names of the five levels of the site's example scales, for the heat maps
 * (which show only names). The levels' descriptions are in scales.ts, which
 * only the risk editor, the export and the report need. Pure data, no DOM.
 */
export const LIKELIHOOD_NAMES = [
  'Svært lite sannsynlig',
  'Lite sannsynlig',
  'Moderat sannsynlig',
  'Sannsynlig',
  'Svært sannsynlig',
] as const;
export const CONSEQUENCE_NAMES = ['Ubetydelig', 'Liten', 'Moderat', 'Alvorlig', 'Svært alvorlig'] as const;

const nameOf = (names: readonly string[], level: number | null) => (level !== null && names[level - 1]) || 'Ikke vurdert';
export function likelihoodName(level: number | null): string {
  return nameOf(LIKELIHOOD_NAMES, level);
}
export function consequenceName(level: number | null): string {
  return nameOf(CONSEQUENCE_NAMES, level);
}
