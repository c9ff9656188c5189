/**
 * The rules for a residual risk that can be defended: a lowered
 * after-measures score needs a justification, a planned measure needs an
 * owner and a deadline, an approval cannot rest on planned measures without
 * making them conditions, and the decision status says so.
 */
import { describe, it, expect } from 'vitest';
import type { Assessment, Measure, Risk } from '../../src/lib/model/schema';
import { emptyAssessment } from '../../src/lib/model/schema';
import { needsResidualJustification, plannedMeasureGaps, residualPicture } from '../../src/lib/risk/method-residual';
import { appendRound, buildRound, emptyDraft, plannedConditionLines, validateDraft } from '../../src/lib/decisions/round';
import { decisionStatus } from '../../src/lib/decisions/rules';
import { assessmentFingerprint } from '../../src/lib/decisions/fingerprint';
import { CLASSIC_METHOD, DEFAULT_METHOD } from '../../src/lib/risk/method-presets';

const TODAY = '2026-11-30';
const measure = (id: string, status: Measure['status'], over: Partial<Measure> = {}): Measure => ({
  id,
  text: `Tiltak ${id}`,
  owner: 'Kommunikasjon',
  deadline: '2027-01-01',
  status,
  ...over,
});
const risk = (over: Partial<Risk>): Risk => ({
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
const draft = (outcome: 'godkjent' | 'betinget', conditionsText = '') => ({
  ...emptyDraft('2026-11-30'),
  body: 'Ledergruppen',
  outcome,
  justification: 'Fordi',
  presentedBy: 'Kari',
  conditionsText,
});
let n = 0;
const ids = (prefix: string) => `${prefix}-${++n}`;

describe('begrunnelse for vurderingen etter tiltak', () => {
  it('kreves når sannsynligheten eller konsekvensen er satt ned, ellers ikke', () => {
    expect(needsResidualJustification(risk({ residualLikelihood: 2, residualConsequence: 4 }))).toBe(true);
    expect(needsResidualJustification(risk({ residualLikelihood: 4, residualConsequence: 3 }))).toBe(true);
    expect(needsResidualJustification(risk({ residualLikelihood: 2, residualConsequence: 4, residualJustification: '  ' }))).toBe(true);
    expect(
      needsResidualJustification(risk({ residualLikelihood: 2, residualConsequence: 4, residualJustification: 'Moderering hver dag' })),
    ).toBe(false);
    expect(needsResidualJustification(risk({ residualLikelihood: 4, residualConsequence: 4 }))).toBe(false);
    expect(needsResidualJustification(risk({ residualLikelihood: null, residualConsequence: null }))).toBe(false);
  });
});

describe('planlagte tiltak', () => {
  it('trenger ansvarlig og frist; et etablert tiltak trenger ingen av delene', () => {
    expect(plannedMeasureGaps(measure('m', 'planlagt', { owner: '', deadline: '' }))).toEqual(['ansvarlig', 'frist']);
    expect(plannedMeasureGaps(measure('m', 'pagar', { deadline: '' }))).toEqual(['frist']);
    expect(plannedMeasureGaps(measure('m', 'planlagt'))).toEqual([]);
    expect(plannedMeasureGaps(measure('m', 'gjennomfort', { owner: '', deadline: '' }))).toEqual([]);
  });
});

describe('beslutningen og restrisikoen', () => {
  const resting = [
    risk({
      measures: [measure('m1', 'planlagt', { text: 'Moderering' })],
      residualLikelihood: 1,
      residualConsequence: 2,
      residualJustification: 'Moderering fjerner det meste',
    }),
  ];

  it('ledelsen kan ikke godta restrisikoen når en senket vurdering mangler begrunnelse', () => {
    const basis = residualPicture(
      [risk({ residualLikelihood: 1, residualConsequence: 1, measures: [measure('m1', 'gjennomfort')] })],
      DEFAULT_METHOD,
      TODAY,
    );
    expect(validateDraft(draft('godkjent'), [], {}, basis).outcome).toMatch(/begrunnet for: Kommentarer/);
    expect(validateDraft(draft('betinget', 'Vilkår'), [], {}, basis).outcome).toMatch(/begrunnet for: Kommentarer/);
    expect(validateDraft({ ...draft('godkjent'), outcome: 'ikke-godkjent' }, [], {}, basis).outcome).toBeUndefined();
  });

  it('en godkjenning som hviler på planlagte tiltak må være betinget, og tiltakene kan legges inn som vilkår', () => {
    const basis = residualPicture(resting, DEFAULT_METHOD, TODAY);
    expect(validateDraft(draft('godkjent'), [], {}, basis).outcome).toMatch(/Velg betinget godkjenning/);
    expect(plannedConditionLines(basis)).toEqual(['Moderering (Kommentarer)']);
    expect(validateDraft(draft('betinget', plannedConditionLines(basis).join('\n')), [], {}, basis)).toEqual({});
  });

  it('runden lagrer restrisikoen nå med metodens nivå, og statusen sier at godkjenningen hviler på planlagte tiltak', () => {
    const a: Assessment = {
      ...emptyAssessment({ id: 'v', title: 'T', platform: 'Facebook', unit: 'Kultur', owner: '' }, new Date('2026-11-30T10:00:00Z')),
      risks: resting,
    };
    const round = buildRound(draft('betinget', 'Moderering (Kommentarer)'), a, { now: new Date('2026-11-30T10:00:00Z'), newId: ids });
    expect(round.residualRisk).toMatchObject({ high: true, restsOnPlanned: true, highestBand: 'Høy', hoy: 1 });
    const decided = appendRound(a, round);
    const status = decisionStatus(decided, assessmentFingerprint(decided));
    // High residual risk now (S4 K4 on the default method): prior consultation first, whatever the planned measures.
    expect(status.consultation.state).toBe('kreves');
    expect(status.consultation.paragraphs[0]).toMatch(/nivået høy, som vurderingens risikometode regner som høyt/);
  });

  it('statusen leser nivået fra metoden, ikke et fast tall: S2 K4 er høy i standardmetoden og middels i den klassiske', () => {
    const risks = [risk({ likelihood: 2, consequence: 4 })];
    for (const [method, high] of [
      [DEFAULT_METHOD, true],
      [CLASSIC_METHOD, false],
    ] as const) {
      const a: Assessment = {
        ...emptyAssessment(
          { id: 'v', title: 'T', platform: 'Facebook', unit: 'Kultur', owner: '' },
          new Date('2026-11-30T10:00:00Z'),
          method,
        ),
        risks,
      };
      const decided = appendRound(a, buildRound(draft('godkjent'), a, { now: new Date('2026-11-30T10:00:00Z'), newId: ids }));
      const status = decisionStatus(decided, assessmentFingerprint(decided));
      expect(status.consultation.state, method.id).toBe(high ? 'kreves' : 'ikke-aktuelt');
      expect(status.mayStart, method.id).toBe(!high);
    }
  });

  it('en godkjenning på planlagte tiltak uten høy restrisiko nå sier at tiltakene er vilkår', () => {
    const mild = [
      risk({
        likelihood: 3,
        consequence: 2,
        measures: [measure('m1', 'planlagt', { text: 'Rutine' })],
        residualLikelihood: 1,
        residualConsequence: 2,
        residualJustification: 'Rutinen',
      }),
    ];
    const a: Assessment = {
      ...emptyAssessment({ id: 'v', title: 'T', platform: 'Facebook', unit: 'Kultur', owner: '' }, new Date('2026-11-30T10:00:00Z')),
      risks: mild,
    };
    const decided = appendRound(
      a,
      buildRound(draft('betinget', 'Rutine (Kommentarer)'), a, { now: new Date('2026-11-30T10:00:00Z'), newId: ids }),
    );
    const status = decisionStatus(decided, assessmentFingerprint(decided));
    expect(status.consultation.state).toBe('ikke-aktuelt');
    expect(status.meaning).toMatch(/hviler på planlagte tiltak.*vilkår for godkjenningen/);
  });
});
