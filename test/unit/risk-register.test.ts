import { describe, it, expect } from 'vitest';
import { formatShortDate as formatDate, localDate } from '../../src/lib/dates';
import { check } from '../../src/lib/model/check';
import type { Measure, Risk } from '../../src/lib/model/schema';
import { risk as riskSchema } from '../../src/lib/model/schema';
import { ratingOf, heatMap, cellLabel, isOverdue, measureOverview, sameRisk } from '../../src/lib/risk/register';
import { filterRisks, sortRisks, NO_FILTER, isFiltered, levelOptions, STATUS_FILTER_OPTIONS } from '../../src/lib/risk/risk-filter';
import { riskSummary } from '../../src/lib/risk/risk-summary';
import { bandOf, riskScore } from '../../src/lib/risk/scoring';
import { READINESS_CATEGORIES, readinessMeasureText } from '../../src/lib/risk/readiness';
import { riskExport } from '../../src/lib/risk/risk-export';
import { CLASSIC_METHOD, DEFAULT_METHOD } from '../../src/lib/risk/method-presets';
import { CONSEQUENCE_NAMES, LIKELIHOOD_NAMES, likelihoodName, consequenceName } from '../../src/lib/risk/scale-names';
import { CONSEQUENCE_SCALE, LIKELIHOOD_SCALE, scaleDescription, bandLines, SCALE_NOTE } from '../../src/lib/risk/scales';

type S = Risk['likelihood'];
let seq = 0;
function mk(p: Partial<Risk> & { l?: S; c?: S; rl?: S; rc?: S } = {}): Risk {
  seq++;
  return {
    id: p.id ?? `r${seq}`,
    scenarioId: p.scenarioId ?? null,
    title: p.title ?? `Risiko ${seq}`,
    goal: p.goal ?? 'apenhet',
    description: '',
    likelihood: p.l ?? null,
    consequence: p.c ?? null,
    justification: '',
    measures: p.measures ?? [],
    residualLikelihood: p.rl ?? null,
    residualConsequence: p.rc ?? null,
    nowLikelihood: null,
    nowConsequence: null,
    residualJustification: '',
  };
}
const m = (p: Partial<Measure>): Measure => ({ id: `m${++seq}`, text: 'Tiltak', owner: '', deadline: '', status: 'planlagt', ...p });

describe('skalaene', () => {
  it.each([
    ['sannsynlighet', LIKELIHOOD_SCALE],
    ['konsekvens', CONSEQUENCE_SCALE],
  ] as const)('%s har nivå 1–5 med navn og beskrivelse', (_, scale) => {
    expect(scale.map((s) => s.level)).toEqual([1, 2, 3, 4, 5]);
    for (const s of scale) {
      expect(s.name.length).toBeGreaterThan(3);
      expect(s.description.length).toBeGreaterThan(20);
    }
    expect(new Set(scale.map((s) => s.name)).size).toBe(5);
  });
  it('navnene kartet viser, er de samme som skalaenes, og nivåer utenfor 1–5 er «Ikke vurdert»', () => {
    expect(LIKELIHOOD_SCALE.map((s) => s.name)).toEqual([...LIKELIHOOD_NAMES]);
    expect(CONSEQUENCE_SCALE.map((s) => s.name)).toEqual([...CONSEQUENCE_NAMES]);
    expect(likelihoodName(1)).toBe('Svært lite sannsynlig');
    expect(consequenceName(5)).toBe('Svært alvorlig');
    for (const level of [null, 0, 6, 2.5]) {
      expect(likelihoodName(level)).toBe('Ikke vurdert');
      expect(consequenceName(level)).toBe('Ikke vurdert');
    }
  });
  it('beskriver terskelene og sier at skalaene er nettstedets eget eksempel', () => {
    const d = scaleDescription();
    expect(d.bands.map((b) => [b.band, b.range])).toEqual([
      ['lav', '1–4'],
      ['middels', '5–9'],
      ['hoy', '10–25'],
    ]);
    expect(d.note).toBe(SCALE_NOTE);
    expect(d.note).toContain('eget eksempel');
    expect(d.note).toContain('Datatilsynet');
    expect(bandLines()[2]).toMatch(/^Høy: 10–25 – /);
  });
});

describe('vurdering før og etter tiltak', () => {
  it('bruker restrisikoen når begge er vurdert', () => {
    const r = mk({ l: 4, c: 4, rl: 2, rc: 3 });
    expect(ratingOf(r, 'before')).toMatchObject({ score: 16, band: 'hoy', fromInherent: false });
    expect(ratingOf(r, 'after')).toMatchObject({ likelihood: 2, consequence: 3, score: 6, band: 'middels', fromInherent: false });
  });
  it.each([
    [{ l: 4, c: 4 } as const, 16, true],
    [{ l: 4, c: 4, rl: 2 } as const, 16, true],
    [{ l: 3, c: null, rl: 1, rc: 1 } as const, 1, false],
    [{} as const, null, true],
  ])('%o gir %s etter tiltak (fra før tiltak: %s)', (p, score, fromInherent) => {
    const r = ratingOf(mk(p), 'after');
    expect(r.score).toBe(score);
    expect(r.fromInherent).toBe(fromInherent);
  });
  it('gir ingen koordinater når bare det ene er vurdert', () => {
    expect(ratingOf(mk({ l: 3 }), 'before')).toMatchObject({ likelihood: null, consequence: null, score: null, band: null });
  });
});

describe('risikokart', () => {
  it('teller risikoer per rute, sannsynlighet 5 øverst og konsekvens 1 til venstre', () => {
    const risks = [mk({ l: 4, c: 3 }), mk({ l: 4, c: 3, rl: 1, rc: 2 }), mk({ l: 5, c: 1 }), mk({ l: 2 })];
    const before = heatMap(risks, 'before');
    expect(before.rows).toHaveLength(5);
    expect(before.rows[0][0]).toMatchObject({ likelihood: 5, consequence: 1, count: 1, band: 'middels' });
    expect(before.rows[1][2]).toMatchObject({ likelihood: 4, consequence: 3, count: 2, band: 'hoy', score: 12 });
    expect(before.unplaced).toBe(1);
    expect(before.rows.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
    const after = heatMap(risks, 'after');
    expect(after.rows[1][2].count).toBe(1);
    expect(after.rows[4][1]).toMatchObject({ likelihood: 1, consequence: 2, count: 1, band: 'lav' });
  });
  it.each([
    [4, 3, 2, 'Sannsynlighet 4, konsekvens 3, høy: 2 risikoer'],
    [1, 1, 0, 'Sannsynlighet 1, konsekvens 1, lav: 0 risikoer'],
    [3, 2, 1, 'Sannsynlighet 3, konsekvens 2, middels: 1 risiko'],
  ])('ruten %i/%i med %i har tekstetiketten «%s»', (l, c, n, label) => {
    expect(cellLabel(l, c, n)).toBe(label);
  });
});

describe('filtrering og sortering', () => {
  const today = '2026-11-23';
  const a = mk({ title: 'Algoritmer', goal: 'medbestemmelse', l: 5, c: 4, rl: 3, rc: 3, measures: [m({ status: 'pagar' })] });
  const b = mk({ title: 'Bilder', goal: 'ansvarlighet', l: 2, c: 2, measures: [m({ deadline: '2026-11-01' })] });
  const c = mk({
    title: 'Cookies',
    goal: 'apenhet',
    l: 3,
    c: 3,
    rl: 1,
    rc: 1,
    measures: [m({ status: 'gjennomfort', deadline: '2026-01-01' })],
  });
  const d = mk({ title: 'Direktemeldinger', goal: 'apenhet' });
  const all = [d, c, b, a];
  it.each([
    [{ goal: 'apenhet' }, ['Cookies', 'Direktemeldinger']],
    [{ levelBefore: 'hoy' }, ['Algoritmer']],
    [{ levelBefore: 'ikke-vurdert' }, ['Direktemeldinger']],
    [{ levelAfter: 'middels' }, ['Algoritmer']],
    [{ levelAfter: 'lav' }, ['Bilder', 'Cookies']],
    [{ status: 'pagar' }, ['Algoritmer']],
    [{ status: 'forfalt' }, ['Bilder']],
    [{ status: 'uten-tiltak' }, ['Direktemeldinger']],
    [{ status: 'gjennomfort' }, ['Cookies']],
    [{ cell: { stage: 'before', likelihood: 5, consequence: 4 } }, ['Algoritmer']],
    [{ cell: { stage: 'after', likelihood: 2, consequence: 2 } }, ['Bilder']],
    [{ goal: 'apenhet', levelBefore: 'middels' }, ['Cookies']],
  ] as const)('filteret %o gir %o', (f, titles) => {
    const out = filterRisks(all, { ...NO_FILTER, ...(f as object) }, today);
    expect(out.map((r) => r.title).sort()).toEqual(titles);
    expect(isFiltered({ ...NO_FILTER, ...(f as object) })).toBe(true);
  });
  it('uten filter gir alle', () => {
    expect(filterRisks(all, NO_FILTER, today)).toHaveLength(4);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });
  it.each([
    ['before', ['Algoritmer', 'Cookies', 'Bilder', 'Direktemeldinger']],
    ['after', ['Algoritmer', 'Bilder', 'Cookies', 'Direktemeldinger']],
    ['title', ['Algoritmer', 'Bilder', 'Cookies', 'Direktemeldinger']],
    ['goal', ['Algoritmer', 'Cookies', 'Direktemeldinger', 'Bilder']],
  ] as const)('sortering etter %s', (key, titles) => {
    expect(sortRisks(all, key).map((r) => r.title)).toEqual(titles);
    expect(all.map((r) => r.title)).toEqual(['Direktemeldinger', 'Cookies', 'Bilder', 'Algoritmer']);
  });
  it('sorterer æ, ø og å etter norsk alfabet', () => {
    const out = sortRisks([mk({ title: 'Åpenhet' }), mk({ title: 'Ørsta' }), mk({ title: 'Ære' }), mk({ title: 'Zebra' })], 'title');
    expect(out.map((r) => r.title)).toEqual(['Zebra', 'Ære', 'Ørsta', 'Åpenhet']);
  });
});

describe('frister', () => {
  it.each([
    [{ deadline: '2026-11-22' }, true],
    [{ deadline: '2026-11-23' }, false],
    [{ deadline: '' }, false],
    [{ deadline: '2026-11-01', status: 'gjennomfort' as const }, false],
    [{ deadline: '2026-11-01', status: 'pagar' as const }, true],
  ])('%o er forfalt: %s', (p, expected) => {
    expect(isOverdue(m(p), '2026-11-23')).toBe(expected);
  });
  it('dato i lokal tid og norsk format', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(formatDate('2026-01-05')).toBe('05.01.2026');
    expect(formatDate('')).toBe('');
  });
});

describe('sammendrag', () => {
  const today = '2026-11-23';
  it('tom liste', () => {
    const s = riskSummary([], today);
    expect(s.residualRisk).toEqual({ lav: 0, middels: 0, hoy: 0, highest: null });
    expect(s.residualHigh).toBe(false);
    expect(s.statement).toContain('ingen risikoer');
  });
  it('teller per nivå, finner høyeste restrisiko og forfalte tiltak, og sier tydelig at restrisikoen er høy', () => {
    const risks = [
      mk({ title: 'B', l: 5, c: 5, rl: 4, rc: 3, measures: [m({ deadline: '2026-10-01', text: 'Sent', owner: 'Kari' })] }),
      mk({ title: 'A', l: 4, c: 4, rl: 3, rc: 4 }),
      mk({ title: 'C', l: 3, c: 3, rl: 1, rc: 2, measures: [m({ deadline: '2026-12-01' })] }),
      mk({ title: 'D', l: 2, c: 2 }),
      mk({ title: 'E' }),
    ];
    const s = riskSummary(risks, today);
    expect(s.before).toEqual({ lav: 1, middels: 1, hoy: 2, ikkeVurdert: 1 });
    expect(s.after).toEqual({ lav: 2, middels: 0, hoy: 2, ikkeVurdert: 1 });
    expect(s.residualRisk).toEqual({ lav: 2, middels: 0, hoy: 2, highest: 12 });
    expect(s.highest.map((h) => h.title)).toEqual(['A', 'B']);
    expect(s.afterFromInherent).toBe(1);
    expect(s.overdue).toEqual([
      { riskId: risks[0].id, riskTitle: 'B', measureId: risks[0].measures[0].id, text: 'Sent', owner: 'Kari', deadline: '2026-10-01' },
    ]);
    expect(s.residualHigh).toBe(true);
    expect(s.statement).toMatch(/^Restrisikoen er fortsatt høy: 2 risikoer/);
    expect(s.statement).toContain('forhåndsdrøfting med Datatilsynet før oppstart (art. 36 nr. 1)');
  });
  it('høy før tiltak uten vurdering etter tiltak regnes som høy restrisiko', () => {
    const s = riskSummary([mk({ l: 5, c: 4 })], today);
    expect(s.residualRisk).toEqual({ lav: 0, middels: 0, hoy: 1, highest: 20 });
    expect(s.residualHigh).toBe(true);
  });
  it.each([
    [[{ l: 3, c: 3, rl: 2, rc: 3 }], /middels/],
    [[{ l: 3, c: 3, rl: 1, rc: 3 }], /Alle vurderte risikoer er lave/],
    [[{ l: 3, c: 3, rl: 1, rc: 3 }, {}], /1 risiko er ikke vurdert/],
    [[{}], /Ingen av risikoene er vurdert/],
  ])('utsagnet for %o', (ps, pattern) => {
    expect(
      riskSummary(
        ps.map((p) => mk(p as never)),
        today,
      ).statement,
    ).toMatch(pattern);
  });
  it('tallene stemmer med registeret for mange tilfeldige risikoer', () => {
    let x = 7;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648), x);
    const score = (): S => (rnd() % 6 === 0 ? null : (rnd() % 5) + 1);
    const risks = Array.from({ length: 300 }, () => mk({ l: score(), c: score(), rl: score(), rc: score() }));
    const s = riskSummary(risks, today);
    for (const stage of ['before', 'after'] as const) {
      const counts = stage === 'before' ? s.before : s.after;
      const map = heatMap(risks, stage);
      expect(counts.lav + counts.middels + counts.hoy + counts.ikkeVurdert).toBe(300);
      for (const band of ['lav', 'middels', 'hoy'] as const) {
        expect(
          map.rows
            .flat()
            .filter((c) => c.band === band)
            .reduce((n, c) => n + c.count, 0),
        ).toBe(counts[band]);
        expect(filterRisks(risks, { ...NO_FILTER, [stage === 'before' ? 'levelBefore' : 'levelAfter']: band }, today)).toHaveLength(
          counts[band],
        );
      }
      expect(map.unplaced).toBe(counts.ikkeVurdert);
    }
    const residualScores = risks.map((r) => {
      const both = r.residualLikelihood !== null && r.residualConsequence !== null;
      return both ? riskScore(r.residualLikelihood, r.residualConsequence) : riskScore(r.likelihood, r.consequence);
    });
    expect(s.residualRisk.highest).toBe(Math.max(...residualScores.map((n) => n ?? 0)));
    expect(s.residualRisk.hoy).toBe(residualScores.filter((n) => bandOf(n) === 'hoy').length);
  });
});

describe('A/B/C-beredskap', () => {
  it('har tre kategorier med krav, og tiltaksteksten nevner alle', () => {
    expect(READINESS_CATEGORIES.map((c) => c.category)).toEqual(['A', 'B', 'C']);
    expect(READINESS_CATEGORIES[0].demands).toMatch(/full beredskap og rask respons/);
    expect(READINESS_CATEGORIES[1].demands).toMatch(/normal beredskap/);
    expect(READINESS_CATEGORIES[2].demands).toMatch(/ingen oppfølging/i);
    const text = readinessMeasureText();
    for (const c of READINESS_CATEGORIES) expect(text).toContain(`${c.category} – ${c.name}`);
    expect(text.length).toBeLessThan(20_000);
  });
});

describe('eksport og hjelpere', () => {
  it('eksporten har skalaer, terskler, sammendrag og risikoer med vurdering', () => {
    const risks = [mk({ l: 4, c: 4 })];
    const out = riskExport(
      { id: 'v-1', title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', risks, method: CLASSIC_METHOD },
      new Date(2026, 10, 23, 12),
    );
    expect(out.format).toBe('some-veilederen/risikobilde');
    expect(out.today).toBe('2026-11-23');
    expect(out.method).toEqual(CLASSIC_METHOD);
    expect(out.scales!.bands).toHaveLength(3);
    expect(out.summary.residualRisk.highest).toBe(16);
    expect(out.risks[0].before.band).toBe('hoy');
    expect(out.risks[0].after.fromInherent).toBe(true);
    expect(check(riskSchema, risks[0]).ok).toBe(true);
  });
  it('eksporten med en annen metode har metoden, ikke den klassiske metodens terskler, og nivåene fra metoden', () => {
    const out = riskExport(
      { id: 'v-1', title: 'T', platform: 'Facebook', unit: 'Kultur', risks: [mk({ l: 2, c: 4 })], method: DEFAULT_METHOD },
      new Date(2026, 10, 23, 12),
    );
    expect(out.method.id).toBe(DEFAULT_METHOD.id);
    expect(out).not.toHaveProperty('scales');
    expect(out.risks[0].before.band).toBe('hoy');
  });
  it('sameRisk oppdager endringer i tiltak', () => {
    const r = mk({ l: 1, c: 1, measures: [m({})] });
    expect(sameRisk(r, structuredClone(r))).toBe(true);
    expect(sameRisk(r, { ...r, measures: [{ ...r.measures[0], status: 'pagar' }] })).toBe(false);
    expect(sameRisk(r, { ...r, residualConsequence: 2 })).toBe(false);
  });
});

describe('tiltakene i registerets tabell og valgene i filtrene', () => {
  it('teller tiltakene per status i statusenes rekkefølge, og de som har passert fristen', () => {
    const today = '2026-11-30';
    expect(measureOverview(mk(), today)).toEqual({ text: 'Ingen', overdue: 0 });
    const risk = mk({
      measures: [
        m({ status: 'gjennomfort', deadline: '2026-01-01' }),
        m({ status: 'planlagt', deadline: '2026-11-29' }),
        m({ status: 'planlagt' }),
        m({ status: 'pagar', deadline: '2026-11-30' }),
      ],
    });
    expect(measureOverview(risk, today)).toEqual({ text: '2 planlagt, 1 planlagt, pågår, 1 etablert (på plass i dag)', overdue: 1 });
  });
  it('nivåfilteret har alle nivåer, metodens nivåer i rekkefølge og «Ikke vurdert»', () => {
    const options = levelOptions(DEFAULT_METHOD);
    expect(options[0]).toEqual({ value: '', label: 'Alle nivåer' });
    expect(options.slice(1, -1).map((o) => o.value)).toEqual(DEFAULT_METHOD.bands.map((b) => b.id));
    expect(options.at(-1)).toEqual({ value: 'ikke-vurdert', label: 'Ikke vurdert' });
  });
  it('hvert valg i statusfilteret finner de risikoene det sier', () => {
    const today = '2026-11-30';
    const none = mk({ title: 'Uten' });
    const late = mk({ title: 'Forfalt', measures: [m({ status: 'pagar', deadline: '2026-01-01' })] });
    const done = mk({ title: 'Ferdig', measures: [m({ status: 'gjennomfort' })] });
    const planned = mk({ title: 'Plan', measures: [m({ status: 'planlagt', deadline: '2027-01-01' })] });
    const all = [none, late, done, planned];
    const found = Object.fromEntries(
      STATUS_FILTER_OPTIONS.map((o) => [o.value, filterRisks(all, { ...NO_FILTER, status: o.value }, today).map((r) => r.title)]),
    );
    expect(found).toEqual({
      '': ['Uten', 'Forfalt', 'Ferdig', 'Plan'],
      planlagt: ['Plan'],
      pagar: ['Forfalt'],
      gjennomfort: ['Ferdig'],
      forfalt: ['Forfalt'],
      'uten-tiltak': ['Uten'],
    });
  });
});
