import { describe, it, expect } from 'vitest';
import type { Measure } from '../../src/lib/model/schema';
import {
  needsResidualJustification,
  plannedGapsText,
  residualIsLower,
  residualOf,
  residualPicture,
  restsOnPlannedLine,
  roundResidualIsHigh,
  type RiskWithResidual,
} from '../../src/lib/risk/method-residual';
import { CLASSIC_METHOD, DEFAULT_METHOD } from '../../src/lib/risk/method-presets';

const TODAY = '2026-11-30';
const measure = (id: string, status: Measure['status'], deadline = ''): Measure => ({
  id,
  text: `Tiltak ${id}`,
  owner: 'Kommunikasjon',
  deadline,
  status,
});
const risk = (over: Partial<RiskWithResidual>): RiskWithResidual => ({
  id: 'r1',
  scenarioId: null,
  title: 'Kommentarer',
  goal: 'apenhet',
  description: '',
  likelihood: 4,
  consequence: 4,
  justification: '',
  measures: [],
  residualLikelihood: null,
  residualConsequence: null,
  nowLikelihood: null,
  nowConsequence: null,
  residualJustification: '',
  ...over,
});

describe('to restrisikoer', () => {
  it('en senket poengsum på bare planlagte tiltak er planlagt restrisiko, ikke restrisiko nå', () => {
    const view = residualOf(
      risk({
        measures: [measure('m1', 'planlagt', '2027-01-01')],
        residualLikelihood: 1,
        residualConsequence: 2,
        residualJustification: 'Moderering',
      }),
      DEFAULT_METHOD,
      TODAY,
    );
    expect(view.now.band!.id).toBe('hoy');
    expect(view.now.source).toBe('for-tiltak');
    expect(view.planned.band!.id).toBe('lav');
    expect(view.restsOnPlanned).toBe(true);
    expect(view.pending.map((m) => m.id)).toEqual(['m1']);
  });

  it('et forfalt tiltak gir heller ingen lavere restrisiko nå', () => {
    const view = residualOf(
      risk({ measures: [measure('m1', 'pagar', '2026-01-01')], residualLikelihood: 1, residualConsequence: 1, residualJustification: 'x' }),
      DEFAULT_METHOD,
      TODAY,
    );
    expect(view.now.band!.id).toBe('hoy');
    expect(view.overdue).toHaveLength(1);
  });

  it('når alle tiltak er etablert, er poengsummen etter tiltak også restrisikoen nå', () => {
    const view = residualOf(
      risk({
        measures: [measure('m1', 'gjennomfort')],
        residualLikelihood: 2,
        residualConsequence: 2,
        residualJustification: 'Rutine på plass',
      }),
      DEFAULT_METHOD,
      TODAY,
    );
    expect(view.now.band!.id).toBe('lav');
    expect(view.now.source).toBe('etter-tiltak');
    expect(view.restsOnPlanned).toBe(false);
  });

  it('restrisiko nå kan settes for seg når noen tiltak er etablert og andre planlagt', () => {
    const view = residualOf(
      risk({
        measures: [measure('m1', 'gjennomfort'), measure('m2', 'planlagt', '2027-03-01')],
        nowLikelihood: 3,
        nowConsequence: 3,
        residualLikelihood: 1,
        residualConsequence: 3,
        residualJustification: 'x',
      }),
      DEFAULT_METHOD,
      TODAY,
    );
    expect(view.now.band!.id).toBe('middels');
    expect(view.now.source).toBe('na');
    expect(view.planned.band!.id).toBe('lav');
  });

  it('krever begrunnelse når poengsummen etter tiltak er lavere', () => {
    const r = risk({ measures: [measure('m1', 'gjennomfort')], residualLikelihood: 1, residualConsequence: 1 });
    expect(residualOf(r, DEFAULT_METHOD, TODAY).missingJustification).toBe(true);
    expect(residualOf({ ...r, residualJustification: '  ' }, DEFAULT_METHOD, TODAY).missingJustification).toBe(true);
    expect(residualOf({ ...r, residualJustification: 'Fast moderering hver dag' }, DEFAULT_METHOD, TODAY).missingJustification).toBe(false);
  });

  it('bildet teller per nivå i metoden og lister tiltakene godkjenningen hviler på', () => {
    const risks = [
      risk({
        id: 'a',
        title: 'A',
        measures: [measure('m1', 'planlagt', '2027-01-01')],
        residualLikelihood: 1,
        residualConsequence: 1,
        residualJustification: 'x',
      }),
      risk({ id: 'b', title: 'B', likelihood: 1, consequence: 1 }),
      risk({ id: 'c', title: 'C', likelihood: null, consequence: null }),
    ];
    const p = residualPicture(risks, DEFAULT_METHOD, TODAY);
    expect(p.now).toEqual({ lav: 1, middels: 0, hoy: 1 });
    expect(p.planned).toEqual({ lav: 2, middels: 0, hoy: 0 });
    expect(p.highNow).toBe(1);
    expect(p.highPlanned).toBe(0);
    expect(p.highestNow!.id).toBe('hoy');
    expect(p.unassessed).toBe(1);
    expect(p.restingOnPlanned.map((r) => r.riskId)).toEqual(['a']);
    expect(restsOnPlannedLine(p)).toMatch(/1 risiko har lavere restrisiko bare når planlagte tiltak er gjennomført.*tiltaket et vilkår/);
    expect(restsOnPlannedLine(residualPicture([], CLASSIC_METHOD, TODAY))).toMatch(/bare på tiltak som er på plass/);
  });

  it('en runde regnes som høy fra metoden når den har lagret det, ellers fra den klassiske terskelen', () => {
    expect(roundResidualIsHigh({ highest: 8, high: true })).toBe(true);
    expect(roundResidualIsHigh({ highest: 12, high: false })).toBe(false);
    expect(roundResidualIsHigh({ highest: 10 })).toBe(true);
    expect(roundResidualIsHigh({ highest: 9 })).toBe(false);
    expect(roundResidualIsHigh({ highest: null })).toBe(false);
  });
});

describe('begrunnelse for lavere restrisiko og planlagte tiltak uten plan', () => {
  it('restrisikoen er lavere bare når begge er vurdert og en av dem er lavere', () => {
    expect(residualIsLower(risk({}))).toBe(false);
    expect(residualIsLower(risk({ residualLikelihood: 4 }))).toBe(false);
    expect(residualIsLower(risk({ residualLikelihood: 4, residualConsequence: 4 }))).toBe(false);
    expect(residualIsLower(risk({ residualLikelihood: 3, residualConsequence: 4 }))).toBe(true);
    expect(residualIsLower(risk({ residualLikelihood: 4, residualConsequence: 2 }))).toBe(true);
    expect(residualIsLower(risk({ likelihood: null, residualLikelihood: 1, residualConsequence: 1 }))).toBe(false);
  });
  it('en lavere restrisiko trenger begrunnelse til det er skrevet noe annet enn mellomrom', () => {
    const lower = { residualLikelihood: 2, residualConsequence: 2 } as const;
    expect(needsResidualJustification(risk(lower))).toBe(true);
    expect(needsResidualJustification(risk({ ...lower, residualJustification: '   ' }))).toBe(true);
    expect(needsResidualJustification(risk({ ...lower, residualJustification: 'Moderering' }))).toBe(false);
    expect(needsResidualJustification(risk({ residualLikelihood: 4, residualConsequence: 4 }))).toBe(false);
  });
  it('sier hva et planlagt tiltak mangler, og ingenting for et etablert tiltak', () => {
    expect(plannedGapsText({ ...measure('a', 'planlagt'), owner: '' })).toBe('en ansvarlig og en frist');
    expect(plannedGapsText(measure('b', 'planlagt'))).toBe('en frist');
    expect(plannedGapsText({ ...measure('c', 'pagar', '2027-01-01'), owner: ' ' })).toBe('en ansvarlig');
    expect(plannedGapsText(measure('d', 'planlagt', '2027-01-01'))).toBe('');
    expect(plannedGapsText({ ...measure('e', 'gjennomfort'), owner: '' })).toBe('');
  });
});
