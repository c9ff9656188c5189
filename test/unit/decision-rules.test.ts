import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { emptyAssessment, type Assessment, type DecisionRound, type Risk } from '../../src/lib/model/schema';
import { decisionStatus, meetings, correctedIds, art36Applies } from '../../src/lib/decisions/rules';
import { assessmentFingerprint, canonicalJson, fnv1a64 } from '../../src/lib/decisions/fingerprint';
import { residualRisk, describeResidual } from '../../src/lib/decisions/residual';
import { validateDraft, buildRound, emptyDraft, appendRound, conditionLines } from '../../src/lib/decisions/round';

const HIGH = { lav: 0, middels: 1, hoy: 1, highest: 15, unassessed: 0, withoutResidual: 0 };
const MID = { lav: 1, middels: 1, hoy: 0, highest: 6, unassessed: 0, withoutResidual: 0 };
const NONE = { lav: 0, middels: 0, hoy: 0, highest: null, unassessed: 0, withoutResidual: 0 };

let n = 0;
function round(p: Partial<DecisionRound> = {}): DecisionRound {
  n += 1;
  return {
    id: `b-${n}`,
    recordedAt: '2026-11-22T10:00:00.000Z',
    date: '2026-11-22',
    body: 'Kommunedirektørens ledergruppe',
    outcome: 'godkjent',
    conditions: [],
    justification: 'Begrunnelse',
    presentedBy: 'Kari Nordmann',
    residualRisk: MID,
    actionPlan: '',
    dpoAdvice: '',
    dpoFollowed: null,
    dpoReason: '',
    dataSubjectViews: '',
    strongWish: null,
    corrects: null,
    correctionReason: '',
    fingerprint: 'fnv1a64:0000000000000000',
    openConditionsStatement: '',
    ...p,
  };
}
const FP = 'fnv1a64:0000000000000000';
const status = (decisions: DecisionRound[], conditionStatus: Assessment['conditionStatus'] = {}, fp = FP) =>
  decisionStatus({ decisions, conditionStatus }, fp);

describe('kapittel 8: utfallet styrer hva enheten kan gjøre', () => {
  const cases: { name: string; rounds: () => DecisionRound[]; state: string; mayStart: boolean | null; art36: boolean; times: number }[] = [
    { name: 'ingen runder', rounds: () => [], state: 'ingen', mayStart: false, art36: false, times: 0 },
    { name: 'godkjent', rounds: () => [round()], state: 'godkjent', mayStart: true, art36: false, times: 1 },
    {
      name: 'betinget',
      rounds: () => [round({ outcome: 'betinget', conditions: [{ id: 'v1', text: 'Slå av kommentarer' }] })],
      state: 'betinget',
      mayStart: null,
      art36: false,
      times: 1,
    },
    {
      name: 'ikke godkjent',
      rounds: () => [round({ outcome: 'ikke-godkjent' })],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 1,
    },
    {
      name: 'betinget, så godkjent',
      rounds: () => [round({ outcome: 'betinget' }), round()],
      state: 'godkjent',
      mayStart: true,
      art36: false,
      times: 2,
    },
    {
      name: 'godkjent, så ikke godkjent',
      rounds: () => [round(), round({ outcome: 'ikke-godkjent' })],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 2,
    },
    // art. 36: more than once + still high + still strong wish
    {
      name: 'to ganger, høy, sterkt ønske',
      rounds: () => [
        round({ outcome: 'betinget', residualRisk: HIGH, strongWish: true }),
        round({ outcome: 'ikke-godkjent', residualRisk: HIGH, strongWish: true }),
      ],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: true,
      times: 2,
    },
    // Was mayStart null: a conditional approval with a high residual risk now requires prior consultation (art. 36 nr. 1).
    {
      name: 'tre ganger, høy, sterkt ønske',
      rounds: () => [
        round({ outcome: 'betinget' }),
        round({ outcome: 'betinget' }),
        round({ outcome: 'betinget', residualRisk: HIGH, strongWish: true }),
      ],
      state: 'betinget',
      mayStart: false,
      art36: true,
      times: 3,
    },
    {
      name: 'én gang, høy, sterkt ønske',
      rounds: () => [round({ outcome: 'ikke-godkjent', residualRisk: HIGH, strongWish: true })],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 1,
    },
    {
      name: 'to ganger, middels, sterkt ønske',
      rounds: () => [
        round({ residualRisk: HIGH, strongWish: true }),
        round({ outcome: 'ikke-godkjent', residualRisk: MID, strongWish: true }),
      ],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 2,
    },
    {
      name: 'to ganger, høy, ønsket ikke sterkt',
      rounds: () => [
        round({ residualRisk: HIGH, strongWish: true }),
        round({ outcome: 'ikke-godkjent', residualRisk: HIGH, strongWish: false }),
      ],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 2,
    },
    {
      name: 'to ganger, høy, ønsket ikke oppgitt',
      rounds: () => [round({ residualRisk: HIGH }), round({ outcome: 'ikke-godkjent', residualRisk: HIGH, strongWish: null })],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 2,
    },
    {
      name: 'to ganger, ingen risiko vurdert',
      rounds: () => [round(), round({ outcome: 'ikke-godkjent', residualRisk: NONE, strongWish: true })],
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 2,
    },
    {
      name: 'høy risiko i første runde, ikke i siste',
      rounds: () => [round({ residualRisk: HIGH, strongWish: true }), round({ residualRisk: MID, strongWish: true })],
      state: 'godkjent',
      mayStart: true,
      art36: false,
      times: 2,
    },
    // corrections do not count as another time before management
    {
      name: 'én runde og en rettelse av den',
      rounds: () => {
        const a = round({ outcome: 'betinget', residualRisk: HIGH, strongWish: true });
        return [
          a,
          round({ outcome: 'ikke-godkjent', residualRisk: HIGH, strongWish: true, corrects: a.id, correctionReason: 'Feil utfall' }),
        ];
      },
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 1,
    },
    {
      name: 'rettelse av første runde endrer ikke siste',
      rounds: () => {
        const a = round();
        const b = round({ outcome: 'ikke-godkjent' });
        return [a, b, round({ outcome: 'betinget', corrects: a.id, correctionReason: 'Skrevet feil' })];
      },
      state: 'ikke-godkjent',
      mayStart: false,
      art36: false,
      times: 2,
    },
    {
      name: 'rettelse av siste runde gjelder',
      rounds: () => {
        const a = round({ outcome: 'ikke-godkjent' });
        const b = round({ outcome: 'ikke-godkjent' });
        return [a, b, round({ outcome: 'godkjent', corrects: b.id, correctionReason: 'Var godkjent' })];
      },
      state: 'godkjent',
      mayStart: true,
      art36: false,
      times: 2,
    },
    {
      name: 'rettelse av en rettelse',
      rounds: () => {
        const a = round();
        const b = round({ outcome: 'ikke-godkjent', corrects: a.id, correctionReason: 'x' });
        return [a, b, round({ outcome: 'betinget', corrects: b.id, correctionReason: 'y' })];
      },
      state: 'betinget',
      mayStart: null,
      art36: false,
      times: 1,
    },
    // Was mayStart null: as above, art. 36 nr. 1.
    {
      name: 'rettelse som gir høy risiko og sterkt ønske i andre runde',
      rounds: () => {
        const a = round();
        const b = round({ outcome: 'betinget' });
        return [
          a,
          b,
          round({ outcome: 'betinget', residualRisk: HIGH, strongWish: true, corrects: b.id, correctionReason: 'Feil restrisiko' }),
        ];
      },
      state: 'betinget',
      mayStart: false,
      art36: true,
      times: 2,
    },
  ];
  it.each(cases)('$name', ({ rounds, state, mayStart, art36, times }) => {
    const s = status(rounds());
    expect(s.state).toBe(state);
    expect(s.mayStart).toBe(mayStart);
    expect(s.art36 !== null).toBe(art36);
    expect(s.times).toBe(times);
  });
});

describe('meldingene', () => {
  it("KS' prosessråd om art. 36 er merket som KS' syn, og ledelsen beslutter", () => {
    const s = status([
      round({ residualRisk: HIGH, strongWish: true }),
      round({ outcome: 'ikke-godkjent', residualRisk: HIGH, strongWish: true }),
    ]);
    const text = s.art36!.paragraphs.join(' ');
    expect(text).toContain('KS mener');
    expect(text).toContain('ledelsen som beslutter');
    expect(text).toContain('Loven går lenger: høy restrisiko er nok');
    expect(text).toContain('2 ganger');
  });
  it('lovregelen: hva som skal dokumenteres, og art. 36 nr. 2 med vilkåret', () => {
    const s = status([round({ residualRisk: HIGH })]);
    const text = s.consultation.paragraphs.join(' ');
    expect(text).toContain('før behandlingen starter (forhåndsdrøfting, art. 36 nr. 1)');
    expect(text).toContain('også ved første behandling');
    expect(text).toContain(
      'Mener Datatilsynet at den planlagte behandlingen vil være i strid med personvernforordningen, gir tilsynet skriftlig råd innen åtte uker',
    );
    expect(text).toContain('forlenges med seks uker (art. 36 nr. 2)');
    expect(text).toContain('hvorfor restrisikoen likevel er høy');
  });
  it('betinget: vilkårene følges opp med conditionStatus', () => {
    const r = round({
      outcome: 'betinget',
      conditions: [
        { id: 'v1', text: 'A' },
        { id: 'v2', text: 'B' },
      ],
    });
    const open = status([r]);
    expect(open.conditions.map((c) => c.met)).toEqual([false, false]);
    expect(open.nextStep).toContain('2 av 2 gjenstår');
    const half = status([r], { v1: { met: true, note: 'Gjort 1. des.' } });
    expect(half.conditions[0]).toEqual({ id: 'v1', text: 'A', met: true, note: 'Gjort 1. des.' });
    expect(half.nextStep).toContain('1 av 2 gjenstår');
    const all = status([r], { v1: { met: true, note: '' }, v2: { met: true, note: '' } });
    expect(all.nextStep).toContain('Alle vilkårene er markert som oppfylt');
    expect(all.meaning).toContain('revidert vurdering skal tilbake til ledelsen');
  });
  it('ikke godkjent: kommunen kan ikke ta i bruk plattformen', () => {
    expect(status([round({ outcome: 'ikke-godkjent' })]).meaning).toContain('kan ikke ta i bruk');
  });
  it('viser når vurderingen er endret etter siste beslutning', () => {
    expect(status([round({ fingerprint: 'fnv1a64:aaaa' })], {}, 'fnv1a64:aaaa').changedSinceDecision).toBe(false);
    expect(status([round({ fingerprint: 'fnv1a64:aaaa' })], {}, 'fnv1a64:bbbb').changedSinceDecision).toBe(true);
    expect(status([], {}, 'fnv1a64:bbbb').changedSinceDecision).toBe(false);
  });
});

describe('rettelser', () => {
  it('møtene samler rettelsene under runden de retter, og rettede runder merkes', () => {
    const a = round();
    const b = round({ corrects: a.id, correctionReason: 'x' });
    const c = round();
    const m = meetings([a, b, c]);
    expect(m.map((x) => x.original.id)).toEqual([a.id, c.id]);
    expect(m[0].effective.id).toBe(b.id);
    expect(m[0].corrections.map((x) => x.id)).toEqual([b.id]);
    expect([...correctedIds([a, b, c])]).toEqual([a.id]);
  });
  it('tåler en rettelse som peker på en runde som ikke finnes (teller som eget møte)', () => {
    const a = round({ corrects: 'finnes-ikke', correctionReason: 'x' });
    expect(meetings([a])).toHaveLength(1);
    expect(art36Applies(meetings([a]))).toBe(false);
  });
});

describe('fingeravtrykk', () => {
  const base = emptyAssessment(
    { id: 'v-1', title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: '' },
    new Date('2026-11-22T10:00:00Z'),
  );
  it('FNV-1a 64 gir kjente verdier', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('gir samme tekst som den enkle skrivemåten (map/join), så ingen lagret fingeravtrykk endres', () => {
    const reference = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
    };
    const odd = { Z: 1, a: [undefined, null, { é: 'ø', e: undefined, æ: [] }], 'Ä"\\n': { '': 0, '10': 1, '9': 2 }, b: undefined, tom: {} };
    expect(canonicalJson(odd)).toBe(reference(odd));
    const fixture: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v3/arbeidsomrade-v3.json'), 'utf8'));
    expect(canonicalJson(fixture)).toBe(reference(fixture));
  });
  it('er stabilt uansett rekkefølge på nøklene', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as Assessment;
    expect(assessmentFingerprint(reordered)).toBe(assessmentFingerprint(base));
  });
  it('endres av innhold, ikke av beslutninger, vilkårsstatus eller tidsstempel', () => {
    const fp = assessmentFingerprint(base);
    expect(fp).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(assessmentFingerprint({ ...base, updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(fp);
    expect(assessmentFingerprint({ ...base, decisions: [round()] })).toBe(fp);
    expect(assessmentFingerprint({ ...base, conditionStatus: { v1: { met: true, note: '' } } })).toBe(fp);
    expect(assessmentFingerprint({ ...base, description: { ...base.description, purpose: 'Informere' } })).not.toBe(fp);
    expect(assessmentFingerprint({ ...base, title: 'Facebook – Kulturetaten ' })).not.toBe(fp);
  });
});

const risk = (p: Partial<Risk>): Risk => ({
  id: `r-${++n}`,
  scenarioId: null,
  title: 'Risiko',
  goal: 'apenhet',
  description: '',
  likelihood: null,
  consequence: null,
  justification: '',
  measures: [],
  residualLikelihood: null,
  residualConsequence: null,
  nowLikelihood: null,
  nowConsequence: null,
  residualJustification: '',
  ...p,
});

describe('restrisiko', () => {
  it.each([
    { name: 'ingen risikoer', risks: [], expected: { lav: 0, middels: 0, hoy: 0, highest: null, unassessed: 0, withoutResidual: 0 } },
    {
      name: 'restrisiko brukes når den er vurdert',
      risks: [risk({ likelihood: 5, consequence: 5, residualLikelihood: 2, residualConsequence: 2 })],
      expected: { lav: 1, middels: 0, hoy: 0, highest: 4, unassessed: 0, withoutResidual: 0 },
    },
    {
      name: 'risiko før tiltak brukes når restrisiko mangler',
      risks: [risk({ likelihood: 4, consequence: 3 })],
      expected: { lav: 0, middels: 0, hoy: 1, highest: 12, unassessed: 0, withoutResidual: 1 },
    },
    { name: 'ikke vurdert', risks: [risk({})], expected: { lav: 0, middels: 0, hoy: 0, highest: null, unassessed: 1, withoutResidual: 0 } },
    {
      name: 'grenser 4/5 og 9/10',
      risks: [
        risk({ residualLikelihood: 2, residualConsequence: 2 }),
        risk({ residualLikelihood: 1, residualConsequence: 5 }),
        risk({ residualLikelihood: 3, residualConsequence: 3 }),
        risk({ residualLikelihood: 2, residualConsequence: 5 }),
      ],
      expected: { lav: 1, middels: 2, hoy: 1, highest: 10, unassessed: 0, withoutResidual: 0 },
    },
  ])('$name', ({ risks, expected }) => {
    expect(residualRisk(risks)).toMatchObject(expected);
  });
  it('beskrives i tekst', () => {
    expect(describeResidual(residualRisk([risk({ likelihood: 3, consequence: 5 }), risk({})]))).toBe(
      'Høyeste nivå høy: 1 høy, 0 middels, 0 lav, 1 ikke vurdert. 1 uten vurdert restrisiko (regnet med risikoen før tiltak).',
    );
    // A round recorded before the method became data has no band name: it was on the classic method.
    expect(describeResidual({ lav: 0, middels: 0, hoy: 1, highest: 15, unassessed: 1, withoutResidual: 1 })).toBe(
      'Høy (høyeste verdi 15): 1 høy, 0 middels, 0 lav, 1 ikke vurdert. 1 uten vurdert restrisiko (regnet med risikoen før tiltak).',
    );
    expect(describeResidual(residualRisk([]))).toBe('Ingen risikoer er registrert.');
  });
});

describe('registrering av en runde', () => {
  const a = emptyAssessment(
    { id: 'v-1', title: 'T', platform: 'Facebook', unit: 'Kulturetaten', owner: '' },
    new Date('2026-11-22T10:00:00Z'),
  );
  const full = {
    ...emptyDraft('2026-11-22'),
    body: 'Ledergruppen',
    outcome: 'godkjent' as const,
    justification: 'Fordi',
    presentedBy: 'Kari',
  };
  it.each([
    { name: 'fullstendig', draft: full, errors: [] },
    { name: 'tomt skjema', draft: emptyDraft(), errors: ['date', 'body', 'outcome', 'justification', 'presentedBy'] },
    { name: 'ugyldig dato', draft: { ...full, date: '2026-02-30' }, errors: ['date'] },
    { name: 'betinget uten vilkår', draft: { ...full, outcome: 'betinget' as const, conditionsText: ' \n ' }, errors: ['conditionsText'] },
    { name: 'rådet ikke fulgt uten grunn', draft: { ...full, dpoAdvice: 'Slå av kommentarer', dpoFollowed: false }, errors: ['dpoReason'] },
    { name: 'fulgt uten råd', draft: { ...full, dpoFollowed: true }, errors: ['dpoAdvice'] },
    { name: 'rettelse uten grunn og med ukjent runde', draft: { ...full, corrects: 'b-x' }, errors: ['corrects', 'correctionReason'] },
  ])('$name', ({ draft, errors }) => {
    expect(Object.keys(validateDraft(draft, [])).sort()).toEqual([...errors].sort());
  });
  it('bygger runden med restrisiko og fingeravtrykk, og legger den til bakerst', () => {
    let i = 0;
    const withRisk = { ...a, risks: [risk({ likelihood: 4, consequence: 4 })] };
    const r = buildRound(
      {
        ...full,
        outcome: 'betinget',
        conditionsText: 'Slå av kommentarer\n\n Rutine for moderering ',
        dpoFollowed: false,
        dpoAdvice: 'Råd',
        dpoReason: 'Grunn',
      },
      withRisk,
      { now: new Date('2026-11-22T12:00:00Z'), newId: (p) => `${p}-${++i}` },
    );
    expect(r.conditions.map((c) => c.text)).toEqual(['Slå av kommentarer', 'Rutine for moderering']);
    expect(r.residualRisk.hoy).toBe(1);
    expect(r.fingerprint).toBe(assessmentFingerprint(withRisk));
    expect(r.recordedAt).toBe('2026-11-22T12:00:00.000Z');
    expect(r.corrects).toBeNull();
    const next = appendRound(withRisk, r);
    expect(next.decisions).toEqual([r]);
    expect(assessmentFingerprint(next)).toBe(r.fingerprint);
    expect(conditionLines('a\r\nb')).toEqual(['a', 'b']);
  });
});

describe('samsvar med risikovurderingens sammendrag', () => {
  it('restrisikoen i en runde teller som riskSummary etter tiltak', async () => {
    const { riskSummary } = await import('../../src/lib/risk/risk-summary');
    const risks = [
      risk({ likelihood: 5, consequence: 4, residualLikelihood: 4, residualConsequence: 3 }),
      risk({ likelihood: 4, consequence: 3 }),
      risk({ residualLikelihood: 1, residualConsequence: 2 }),
      risk({}),
    ];
    const mine = residualRisk(risks);
    const theirs = riskSummary(risks, '2026-11-22');
    expect({ lav: mine.lav, middels: mine.middels, hoy: mine.hoy, ikkeVurdert: mine.unassessed }).toEqual(theirs.after);
  });
  it('beskriver en lagret runde uten de valgfrie tellingene', () => {
    expect(describeResidual({ lav: 0, middels: 1, hoy: 0, highest: 6 })).toBe('Middels (høyeste verdi 6): 0 høy, 1 middels, 0 lav.');
  });
});
