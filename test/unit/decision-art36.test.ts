/**
 * Art. 36 nr. 1 in the decision rules, table-driven over outcome × residual band ×
 * round count × prior consultation recorded × «sterkt ønske». The legal rule:
 * an outcome that lets the processing go ahead («godkjent» or «betinget») while
 * the highest residual risk is high gives «Forhåndsdrøfting kreves før oppstart»
 * and the unit may not start, in any round, whatever «sterkt ønske» says.
 */
import { describe, it, expect } from 'vitest';
import type { DecisionOutcome, DecisionRound, PriorConsultation } from '../../src/lib/model/schema';
import { decisionStatus, art36Status, effectiveConsultations } from '../../src/lib/decisions/rules';
import { validateDraft, emptyDraft, conditionsPassedOver, buildRound } from '../../src/lib/decisions/round';
import { validateConsultation, buildConsultation, emptyConsultationDraft, appendConsultation } from '../../src/lib/decisions/consultation';
import { ART36_REQUIRED_LABEL } from '../../src/lib/decisions/texts';
import { emptyAssessment } from '../../src/lib/model/schema';

const BANDS = {
  lav: { lav: 2, middels: 0, hoy: 0, highest: 4, unassessed: 0, withoutResidual: 0 },
  middels: { lav: 0, middels: 1, hoy: 0, highest: 9, unassessed: 0, withoutResidual: 0 },
  hoy: { lav: 0, middels: 0, hoy: 1, highest: 10, unassessed: 0, withoutResidual: 0 },
  'ikke vurdert': { lav: 0, middels: 0, hoy: 0, highest: null, unassessed: 2, withoutResidual: 0 },
} as const;
type Band = keyof typeof BANDS;

let n = 0;
function round(outcome: DecisionOutcome, band: Band, p: Partial<DecisionRound> = {}): DecisionRound {
  n += 1;
  return {
    id: `b-${n}`,
    recordedAt: `2026-11-${String(10 + (n % 15)).padStart(2, '0')}T10:00:00.000Z`,
    date: '2026-11-20',
    body: 'Ledergruppen',
    outcome,
    conditions: outcome === 'betinget' ? [{ id: `c-${n}`, text: 'Vilkår' }] : [],
    justification: 'B',
    presentedBy: 'K',
    residualRisk: BANDS[band],
    actionPlan: '',
    dpoAdvice: '',
    dpoFollowed: null,
    dpoReason: '',
    dataSubjectViews: '',
    strongWish: null,
    corrects: null,
    correctionReason: '',
    fingerprint: 'fnv1a64:0',
    openConditionsStatement: '',
    ...p,
  };
}
function consultation(p: Partial<PriorConsultation> = {}): PriorConsultation {
  n += 1;
  return {
    id: `fd-${n}`,
    recordedAt: '2026-11-21T10:00:00.000Z',
    requestedDate: '2026-11-21',
    reference: '',
    answerDate: '',
    adviceSummary: '',
    roundId: null,
    corrects: null,
    correctionReason: '',
    ...p,
  };
}

type Consult = 'ingen' | 'bedt om' | 'besvart før siste runde' | 'besvart etter siste runde';
const CONSULTS: Record<Consult, () => PriorConsultation[]> = {
  ingen: () => [],
  'bedt om': () => [consultation()],
  // The answer (2026-11-10) is before the latest round's meeting (2026-11-20): management has decided after the answer.
  'besvart før siste runde': () => {
    const a = consultation({ requestedDate: '2026-09-01' });
    return [
      a,
      consultation({
        requestedDate: '2026-09-01',
        answerDate: '2026-11-10',
        adviceSummary: 'Råd',
        corrects: a.id,
        correctionReason: 'Svar',
      }),
    ];
  },
  // The answer (2026-12-01) came after the meeting: management has not decided since.
  'besvart etter siste runde': () => [consultation({ answerDate: '2026-12-01', adviceSummary: 'Råd' })],
};

const outcomes: DecisionOutcome[] = ['godkjent', 'betinget', 'ikke-godkjent'];
const bands = Object.keys(BANDS) as Band[];
const roundCounts = [1, 2, 3];
const consults = Object.keys(CONSULTS) as Consult[];
const wishes = [true, null] as const;

const table = outcomes.flatMap((outcome) =>
  bands.flatMap((band) =>
    roundCounts.flatMap((count) => consults.flatMap((consult) => wishes.map((wish) => ({ outcome, band, count, consult, wish })))),
  ),
);

/** What the law requires, written out independently of the implementation. */
function expected(c: (typeof table)[number]) {
  const goesAhead = c.outcome !== 'ikke-godkjent';
  const high = c.band === 'hoy';
  const consultState = !(goesAhead && high)
    ? 'ikke-aktuelt'
    : c.consult === 'ingen'
      ? 'kreves'
      : c.consult === 'bedt om'
        ? 'bedt-om'
        : c.consult === 'besvart etter siste runde'
          ? 'besvart'
          : 'behandlet';
  const blocked = consultState === 'kreves' || consultState === 'bedt-om' || consultState === 'besvart';
  const mayStart = blocked ? false : c.outcome === 'godkjent' ? true : c.outcome === 'betinget' ? null : false;
  const ksAdvice = c.count > 1 && high && c.wish === true;
  return { consultState, mayStart, ksAdvice, blocked };
}

describe('art. 36 nr. 1: utfall × restrisiko × antall runder × forhåndsdrøfting × sterkt ønske', () => {
  it(`dekker ${table.length} kombinasjoner`, () => expect(table.length).toBe(3 * 4 * 3 * 4 * 2));

  it.each(table)('$outcome, $band, $count runde(r), forhåndsdrøfting: $consult, sterkt ønske: $wish', (c) => {
    // Earlier rounds: conditional approvals with a high residual risk and a strong wish, so only the latest decides.
    const earlier = Array.from({ length: c.count - 1 }, () => round('betinget', 'hoy', { strongWish: true }));
    const decisions = [...earlier, round(c.outcome, c.band, { strongWish: c.wish })];
    const s = decisionStatus({ decisions, conditionStatus: {}, priorConsultations: CONSULTS[c.consult]() }, 'fnv1a64:0');
    const want = expected(c);
    expect(s.consultation.state).toBe(want.consultState);
    expect(s.mayStart).toBe(want.mayStart);
    expect(s.art36 !== null).toBe(want.ksAdvice);
    if (want.consultState === 'kreves') {
      expect(s.label).toBe(ART36_REQUIRED_LABEL);
      expect(s.meaning).toContain('Enheten kan ikke ta i bruk plattformen før forhåndsdrøftingen');
      expect(s.meaning).not.toMatch(/Enheten kan ta i bruk/);
    }
    if (want.blocked) expect(s.nextStep).not.toMatch(/Følg handlingsplanen/);
  });
});

describe('en senere runde skjuler ikke kravet', () => {
  it('runde 3 «Godkjent» med høy restrisiko og «sterkt ønske» ikke oppgitt: forhåndsdrøfting kreves', () => {
    const decisions = [
      round('betinget', 'hoy', { strongWish: true }),
      round('betinget', 'hoy', { strongWish: true }),
      round('godkjent', 'hoy'),
    ];
    const s = decisionStatus({ decisions, conditionStatus: {} }, 'fnv1a64:0');
    expect(s.label).toBe(ART36_REQUIRED_LABEL);
    expect(s.mayStart).toBe(false);
    expect(s.art36).toBeNull(); // KS's rule needs the strong wish; the law does not
  });
  it('runde 1 «Godkjent» med høy restrisiko: forhåndsdrøfting kreves, enheten kan ikke starte', () => {
    const s = decisionStatus({ decisions: [round('godkjent', 'hoy')], conditionStatus: {} }, 'fnv1a64:0');
    expect(s.label).toBe('Forhåndsdrøfting kreves før oppstart');
    expect(s.mayStart).toBe(false);
  });
  it('uten vurderinger (gamle data uten logg) regnes som ingen forhåndsdrøfting', () => {
    expect(art36Status(round('godkjent', 'hoy'), []).state).toBe('kreves');
    expect(art36Status(null, []).state).toBe('ikke-aktuelt');
  });
});

describe('loggen over forhåndsdrøfting', () => {
  it('en oppføring som fullfører en annen, erstatter den; den første blir stående i loggen', () => {
    const a = consultation();
    const b = consultation({ answerDate: '2026-12-01', adviceSummary: 'Råd', corrects: a.id, correctionReason: 'Svar' });
    expect(effectiveConsultations([a, b]).map((c) => c.id)).toEqual([b.id]);
    expect(effectiveConsultations([a, b, consultation()]).length).toBe(2);
  });
  it('validerer datoer og krever oppsummering av rådet når svaret er datert', () => {
    const d = emptyConsultationDraft();
    expect(validateConsultation(d, [])).toHaveProperty('requestedDate');
    expect(validateConsultation({ ...d, requestedDate: '2026-11-31' }, [])).toHaveProperty('requestedDate');
    expect(validateConsultation({ ...d, requestedDate: '2026-11-21' }, [])).toEqual({});
    expect(validateConsultation({ ...d, requestedDate: '2026-11-21', answerDate: '2026-11-20', adviceSummary: 'x' }, [])).toHaveProperty(
      'answerDate',
    );
    expect(validateConsultation({ ...d, requestedDate: '2026-11-21', answerDate: '2026-12-20' }, [])).toHaveProperty('adviceSummary');
    expect(validateConsultation({ ...d, requestedDate: '2026-11-21', adviceSummary: 'Råd uten dato' }, [])).toHaveProperty('answerDate');
    expect(validateConsultation({ ...d, requestedDate: '2026-11-21', corrects: 'finnes-ikke', correctionReason: 'x' }, [])).toHaveProperty(
      'corrects',
    );
    expect(validateConsultation({ ...d, requestedDate: '2026-11-21', corrects: 'fd-1' }, [consultation({ id: 'fd-1' })])).toHaveProperty(
      'correctionReason',
    );
  });
  it('bygger en oppføring og føyer den til uten å endre de andre', () => {
    const a = emptyAssessment({ id: 'v-1', title: 'T', platform: 'P', unit: 'U', owner: '' }, new Date('2026-11-22T10:00:00Z'));
    const entry = buildConsultation(
      { ...emptyConsultationDraft(), requestedDate: '2026-11-21', reference: ' 26/123 ', adviceSummary: 'ignoreres uten svardato' },
      { now: new Date('2026-11-22T10:00:00Z'), newId: () => 'fd-x', roundId: 'b-1' },
    );
    expect(entry).toEqual({
      id: 'fd-x',
      recordedAt: '2026-11-22T10:00:00.000Z',
      requestedDate: '2026-11-21',
      reference: '26/123',
      answerDate: '',
      adviceSummary: '',
      roundId: 'b-1',
      corrects: null,
      correctionReason: '',
    });
    const once = appendConsultation(a, entry);
    expect(once.priorConsultations).toEqual([entry]);
    expect(a.priorConsultations).toEqual([]);
  });
});

describe('en betinget godkjenning erstattes ikke av en godkjenning uten et ord om åpne vilkår', () => {
  const conditional = round('betinget', 'middels', {
    conditions: [
      { id: 'v1', text: 'Slå av kommentarer' },
      { id: 'v2', text: 'Rutine' },
    ],
  });
  const draft = { ...emptyDraft('2026-11-25'), body: 'Ledergruppen', outcome: 'godkjent' as const, justification: 'B', presentedBy: 'K' };
  it('krever en redegjørelse når vilkår er åpne', () => {
    expect(conditionsPassedOver(draft, [conditional], { v1: { met: true, note: '' } }).map((c) => c.id)).toEqual(['v2']);
    expect(validateDraft(draft, [conditional], { v1: { met: true, note: '' } }).openConditionsStatement).toMatch(
      /vilkåret som ikke er oppfylt/,
    );
    expect(validateDraft({ ...draft, openConditionsStatement: 'Rutinen er vedtatt, men ikke markert.' }, [conditional], {})).toEqual({});
  });
  it('krever ingenting når alle vilkår er oppfylt, ved ny betinget godkjenning eller ved ikke godkjent', () => {
    expect(validateDraft(draft, [conditional], { v1: { met: true, note: '' }, v2: { met: true, note: '' } })).toEqual({});
    expect(validateDraft({ ...draft, outcome: 'betinget', conditionsText: 'Nytt vilkår' }, [conditional], {})).toEqual({});
    expect(validateDraft({ ...draft, outcome: 'ikke-godkjent' }, [conditional], {})).toEqual({});
  });
  it('gjelder også en rettelse av den betingede runden til «godkjent»', () => {
    expect(validateDraft({ ...draft, corrects: conditional.id, correctionReason: 'Feil' }, [conditional], {})).toHaveProperty(
      'openConditionsStatement',
    );
  });
  it('redegjørelsen lagres med runden', () => {
    const a = emptyAssessment({ id: 'v-1', title: 'T', platform: 'P', unit: 'U', owner: '' }, new Date('2026-11-22T10:00:00Z'));
    const built = buildRound({ ...draft, openConditionsStatement: '  Vilkår 2 er erstattet av tiltak i handlingsplanen. ' }, a, {
      now: new Date('2026-11-25T10:00:00Z'),
      newId: (p) => `${p}-1`,
    });
    expect(built.openConditionsStatement).toBe('Vilkår 2 er erstattet av tiltak i handlingsplanen.');
  });
});
