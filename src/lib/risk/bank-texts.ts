/**
 * Texts of the scenario bank that the register itself does not show: what each
 * privacy goal means, and the labels of the sources a scenario is written
 * from. Used by the scenario bank page, the scenario schema and the risk
 * editor. Pure data, no DOM.
 */
import type { PrivacyGoal } from '../model/schema';

export const GOAL_DESCRIPTION: Record<PrivacyGoal, string> = {
  medbestemmelse: 'Innbyggerne skal så langt som mulig kunne påvirke hvordan opplysningene om dem behandles.',
  apenhet: 'Innbyggerne skal få nok informasjon til å kunne handle slik de selv ønsker.',
  ansvarlighet: 'Kommunen skal ha kontroll, kunne dokumentere bruken og gjøre den forutsigbar, slik at den bygger tillit.',
};

/** Where a scenario comes from: a chapter of the guide or the Bergen case. */
export const SOURCES = {
  '1': 'Kapittel 1 Innledning',
  '2': 'Kapittel 2 Systematisk beskrivelse av behandlingen',
  '3': 'Kapittel 3 Informasjonssikkerhet',
  '4': 'Kapittel 4 Ansvarsforhold',
  '5': 'Kapittel 5 Behandlingsgrunnlag',
  '6': 'Kapittel 6 Overføring til utlandet',
  '7': 'Kapittel 7 Risiko for de registrertes rettigheter og friheter',
  '8': 'Kapittel 8 Prosess og forankring i ledelsen',
  bergen: 'Bergen kommune og Metas nye vilkår om KI (2024)',
} as const;
export type SourceKey = keyof typeof SOURCES;

export function sourceLabel(source: SourceKey): string {
  return SOURCES[source];
}
