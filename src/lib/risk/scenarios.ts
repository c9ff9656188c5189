/**
 * The scenario bank ("scenariobanken"): the site's own example risk scenarios,
 * written from the guide's chapters and the Bergen case, kept as YAML in
 * content/scenarier/. This module holds the labels of the privacy goals and
 * how a scenario becomes a risk in the register. The goals' descriptions and
 * the sources' labels are in bank-texts.ts (the scenario bank page and the risk
 * editor need them, not the register); the schema of one scenario is in
 * scenario-schema.ts, used at build time only. Pure TypeScript, no DOM.
 */
import { GOAL_LABEL } from '../model/labels';
import type { PrivacyGoal, Risk, Measure } from '../model/schema';
import type { Scenario } from './scenario-schema';

export type { Scenario } from './scenario-schema';

const byTitle = new Intl.Collator('nb');

/** The privacy goals in order, with their labels (src/lib/model/labels.ts). */
export const GOALS: readonly { goal: PrivacyGoal; label: string }[] = (Object.keys(GOAL_LABEL) as PrivacyGoal[]).map((goal) => ({
  goal,
  label: GOAL_LABEL[goal],
}));

export function goalLabel(goal: PrivacyGoal): string {
  return GOAL_LABEL[goal];
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
    nowLikelihood: null,
    nowConsequence: null,
    residualJustification: '',
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
