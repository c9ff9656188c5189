/**
 * The scenario bank ("scenariobanken"): the site's own example risk scenarios,
 * written from the guide's chapters and the Bergen case, kept as YAML in
 * content/scenarier/. This module holds the labels of privacy goals and
 * sources, and how a scenario becomes a risk in the register (the schema of
 * one scenario is in scenario-schema.ts, used at build time only). Pure
 * TypeScript, no DOM.
 */
import type { PrivacyGoal, Risk, Measure } from '../model/schema';
import type { Scenario } from './scenario-schema';

const byTitle = new Intl.Collator('nb');

export const GOALS: readonly { goal: PrivacyGoal; label: string; description: string }[] = [
  {
    goal: 'medbestemmelse',
    label: 'Medbestemmelse',
    description: 'Innbyggerne skal så langt som mulig kunne påvirke hvordan opplysningene om dem behandles.',
  },
  {
    goal: 'apenhet',
    label: 'Åpenhet',
    description: 'Innbyggerne skal få nok informasjon til å kunne handle slik de selv ønsker.',
  },
  {
    goal: 'ansvarlighet',
    label: 'Ansvarlighet og tillit',
    description: 'Kommunen skal ha kontroll, kunne dokumentere bruken og gjøre den forutsigbar, slik at den bygger tillit.',
  },
];

export function goalLabel(goal: PrivacyGoal): string {
  return GOALS.find((g) => g.goal === goal)!.label;
}

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

export type { Scenario } from './scenario-schema';


export function sourceLabel(source: SourceKey): string {
  return SOURCES[source];
}

/** Scenarios grouped by privacy goal, in the order of GOALS, each group by title. */
export function scenariosByGoal(scenarios: readonly Scenario[]): { goal: PrivacyGoal; label: string; scenarios: Scenario[] }[] {
  return GOALS.map((g) => ({
    goal: g.goal,
    label: g.label,
    scenarios: scenarios.filter((s) => s.goal === g.goal).sort((a, b) => byTitle.compare(a.title, b.title)),
  }));
}

/** A risk that is not yet scored and has no measures. */
function unscoredRisk(id: string, scenarioId: string | null, fields: { title: string; goal: PrivacyGoal; description: string }): Risk {
  return {
    id,
    scenarioId,
    title: fields.title,
    goal: fields.goal,
    description: fields.description,
    likelihood: null,
    consequence: null,
    justification: '',
    measures: [],
    residualLikelihood: null,
    residualConsequence: null,
  };
}

/** A new risk in the register from a scenario in the bank: not yet scored, no measures. */
export function riskFromScenario(scenario: Scenario, id: string): Risk {
  return unscoredRisk(id, scenario.id, scenario);
}

/** The user's own risk. */
export function ownRisk(fields: { title: string; goal: PrivacyGoal; description: string }, id: string): Risk {
  return unscoredRisk(id, null, { title: fields.title.trim(), goal: fields.goal, description: fields.description.trim() });
}

/** A planned measure with the given text, no owner or deadline yet. */
export function plannedMeasure(text: string, id: string): Measure {
  return { id, text, owner: '', deadline: '', status: 'planlagt' };
}
