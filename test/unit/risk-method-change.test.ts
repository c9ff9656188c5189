/** Which risks change band when an assessment changes method (issue 17: «3 risikoer endrer nivå: …»). */
import { describe, it, expect } from 'vitest';
import type { Risk } from '../../src/lib/model/schema';
import { methodMovers, moveLine, moversHeadline, scoresOutsideScale } from '../../src/lib/risk/method-change';
import { removeStep } from '../../src/lib/risk/method-edit';
import { CLASSIC_METHOD, DEFAULT_METHOD } from '../../src/lib/risk/method-presets';

const risk = (id: string, l: number | null, c: number | null, over: Partial<Risk> = {}): Risk => ({
  id,
  scenarioId: null,
  title: `Risiko ${id}`,
  goal: 'apenhet',
  description: '',
  likelihood: l,
  consequence: c,
  justification: '',
  measures: [],
  residualLikelihood: null,
  residualConsequence: null,
  nowLikelihood: null,
  nowConsequence: null,
  residualJustification: '',
  ...over,
});

describe('risikoer som endrer nivå når metoden byttes', () => {
  const risks = [risk('a', 2, 4), risk('b', 1, 5), risk('c', 5, 1), risk('d', 4, 4), risk('e', null, null)];

  it('fra klassisk til standard: S2 K4 blir høy, S5 K1 blir lav; S1 K5 og S4 K4 og ikke vurderte står', () => {
    const movers = methodMovers(risks, CLASSIC_METHOD, DEFAULT_METHOD);
    expect(movers.map((m) => m.riskId)).toEqual(['a', 'c']);
    expect(movers[0].moves).toEqual([
      { stage: 'before', from: 'Middels', to: 'Høy', highFrom: false, highTo: true },
      { stage: 'now', from: 'Middels', to: 'Høy', highFrom: false, highTo: true },
    ]);
    expect(moveLine(movers[0].moves[0])).toBe('før tiltak: Middels → Høy (blir høy risiko)');
    expect(moveLine(movers[1].moves[0])).toBe('før tiltak: Middels → Lav');
    expect(moversHeadline(movers)).toBe('2 risikoer endrer nivå: «Risiko a», «Risiko c».');
  });

  it('restrisiko nå følger tiltakene som er på plass: en senket vurdering på planlagte tiltak flytter ikke restrisikoen nå', () => {
    const planned = risk('p', 2, 4, {
      residualLikelihood: 1,
      residualConsequence: 2,
      residualJustification: 'x',
      measures: [{ id: 'm', text: 'T', owner: 'A', deadline: '2027-01-01', status: 'planlagt' }],
    });
    const done = { ...planned, id: 'q', measures: [{ ...planned.measures[0], status: 'gjennomfort' as const }] };
    const movers = methodMovers([planned, done], CLASSIC_METHOD, DEFAULT_METHOD);
    expect(movers.find((m) => m.riskId === 'p')!.moves.map((m) => m.stage)).toEqual(['before', 'now']);
    // With the measure in place the residual risk now is S1 K2: low on both methods, so only «før tiltak» moves.
    expect(movers.find((m) => m.riskId === 'q')!.moves.map((m) => m.stage)).toEqual(['before']);
  });

  it('samme metode gir ingen endringer, og en tom liste sier det', () => {
    expect(methodMovers(risks, DEFAULT_METHOD, DEFAULT_METHOD)).toEqual([]);
    expect(moversHeadline([])).toBe('Ingen risiko endrer nivå.');
    expect(moversHeadline(methodMovers([risk('a', 2, 4)], CLASSIC_METHOD, DEFAULT_METHOD))).toBe('1 risiko endrer nivå: «Risiko a».');
  });

  it('en kortere skala: verdier over den nye skalaen vises som «utenfor skalaen», og ingenting slettes', () => {
    const four = removeStep(DEFAULT_METHOD, 'likelihood');
    const movers = methodMovers([risk('x', 5, 3)], DEFAULT_METHOD, four);
    expect(movers[0].moves[0]).toMatchObject({ from: 'Høy', to: 'utenfor skalaen' });
    expect(scoresOutsideScale([risk('x', 5, 3), risk('y', 2, 2)], four)).toEqual(['Risiko x']);
  });
});
