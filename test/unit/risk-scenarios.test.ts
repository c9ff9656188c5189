import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { check } from '../../src/lib/model/check';
import { risk as riskSchema } from '../../src/lib/model/schema';
import { riskFromScenario, ownRisk, scenariosByGoal, goalLabel, type Scenario } from '../../src/lib/risk/scenarios';
import { GOAL_DESCRIPTION, sourceLabel } from '../../src/lib/risk/bank-texts';
import { scenarioSchema } from '../../src/lib/risk/scenario-schema';

const dir = join(import.meta.dirname, '../../content/scenarier');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const scenarios: Scenario[] = files.map((f) => {
  const result = scenarioSchema.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
  if (!result.success) throw new Error(`${f}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return result.data;
});

describe('scenariobanken', () => {
  it('har minst 15 gyldige scenarioer med id lik filnavnet', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    files.forEach((f, i) => expect(`${scenarios[i].id}.yaml`).toBe(f));
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    expect(new Set(scenarios.map((s) => s.title)).size).toBe(scenarios.length);
  });
  it('dekker alle tre personvernmål og bruker kapitlene og Bergen-saken som kilder', () => {
    const groups = scenariosByGoal(scenarios);
    for (const g of groups) expect(g.scenarios.length, g.label).toBeGreaterThanOrEqual(3);
    const sources = new Set(scenarios.flatMap((s) => s.sources));
    for (const s of ['1', '2', '3', '4', '5', '6', '7', 'bergen'] as const) expect(sources.has(s), sourceLabel(s)).toBe(true);
  });
  it('har en beskrivelse av hvert personvernmål for scenariobanksiden', () => {
    for (const g of scenariosByGoal(scenarios)) expect(GOAL_DESCRIPTION[g.goal].length, g.label).toBeGreaterThan(40);
  });
  it.each([
    ['algoritmer og profilering', /algoritm/i],
    ['sensitive opplysninger i kommentarer', /sensitive opplysninger i kommentar/i],
    ['målrettet reklame', /målrettet reklame/i],
    ['overføring til tredjeland', /utenfor EU\/EØS/],
    ['endrede vilkår og KI-trening', /vilkårene.*KI/],
    ['lite kontroll over innhold', /kontroll over innholdet/],
    ['bilder uten dokumentert samtykke', /bilder uten dokumentert samtykke/i],
    ['administratortilgang og kapret konto', /administratortilgang|kapret/i],
    ['saksbehandling i direktemeldinger', /direktemeldinger/],
    ['barn i målgruppen', /barn/i],
    ['ingen art. 26-ordning', /art\. 26/],
    ['manglende arkivering', /arkiv/i],
    ['ansatte uten opplæring', /opplæring/],
    ['leverandøren kan ikke nås', /leverandøren kan ikke nås/i],
  ])('dekker %s', (_, pattern) => {
    expect(scenarios.some((s) => pattern.test(s.title))).toBe(true);
  });
  it('blir en uvurdert risiko som passer i datamodellen', () => {
    for (const s of scenarios) {
      const r = riskFromScenario(s, `r-${s.id}`);
      expect(check(riskSchema, r).ok).toBe(true);
      expect(r).toMatchObject({ scenarioId: s.id, goal: s.goal, likelihood: null, residualLikelihood: null, measures: [] });
    }
  });
  it('en egen risiko får trimmet tittel og ingen scenario', () => {
    const r = ownRisk({ title: '  Skjermdeling i møter ', goal: 'ansvarlighet', description: ' x ' }, 'r-1');
    expect(r).toMatchObject({ title: 'Skjermdeling i møter', description: 'x', scenarioId: null });
    expect(goalLabel('apenhet')).toBe('Åpenhet');
  });
  it('avviser et scenario uten tiltak eller med ukjent kilde', () => {
    const base = scenarios[0];
    expect(scenarioSchema.safeParse({ ...base, measures: [] }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, sources: ['9'] }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, goal: 'tillit' }).success).toBe(false);
  });
});
