/**
 * Format version 3 → 4 (issue 17): the risk method becomes data. Old
 * assessments migrate to the method they were made with (the classic 5 × 5),
 * no risk changes band, nothing is lost, and decisions keep their fingerprint.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestStorageEngine, getTestStorage, cleanTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { readWorkspaceFile } = await import('../../src/lib/workspace/file');
const { migrate, MIGRATIONS, v3ToV4 } = await import('../../src/lib/model/migrations');
const { FORMAT_VERSION, workspaceFile } = await import('../../src/lib/model/schema');
const { check } = await import('../../src/lib/model/check');
const { assessmentFingerprint } = await import('../../src/lib/decisions/fingerprint');
const { CLASSIC_METHOD, DEFAULT_METHOD } = await import('../../src/lib/risk/method-presets');
const { bandAt } = await import('../../src/lib/risk/method');
const { bandOf } = await import('../../src/lib/risk/scoring');
const { ratingOf } = await import('../../src/lib/risk/register');

const fixtures = join(import.meta.dirname, '../fixtures');
const v3Text = readFileSync(join(fixtures, 'v3/arbeidsomrade-v3.json'), 'utf8');
const v3 = JSON.parse(v3Text);
const v3Storage: Record<string, string> = JSON.parse(readFileSync(join(fixtures, 'v3/localstorage-v3.json'), 'utf8'));

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[path, Array.isArray(value) ? '[]' : '{}']];
    return entries.flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}
const lostIn = (older: unknown, newer: unknown) => {
  const found = new Map(leaves(newer));
  return leaves(older).filter(([path, value]) => found.get(path) !== value).map(([path]) => path);
};

describe('versjon 3 → 4: filer', () => {
  it('kjeden har ett steg per versjon, og steget fra 3 til 4 er det siste', () => {
    expect(FORMAT_VERSION).toBe(4);
    expect(MIGRATIONS.at(-1)).toBe(v3ToV4);
  });

  it('leser en eksport fra versjon 3 og mister ingenting; hver vurdering får den klassiske metoden', () => {
    const read = readWorkspaceFile(v3Text);
    if (!read.ok) throw new Error(read.message);
    expect(read.migrated).toEqual([expect.stringMatching(/^Versjon 3 → 4: .*ingen risiko bytter nivå.*Ingenting dere har skrevet er endret/)]);
    expect(lostIn({ ...v3, version: 4 }, read.file)).toEqual([]);
    for (const a of read.file.assessments) {
      expect(a.method).toEqual(CLASSIC_METHOD);
      for (const r of a.risks) expect(r).toMatchObject({ nowLikelihood: null, nowConsequence: null, residualJustification: '' });
    }
  });

  it('filer fra versjon 1 og 2 går gjennom hele kjeden', () => {
    for (const name of ['v1/arbeidsomrade-v1.json', 'v2/arbeidsomrade-v2.json']) {
      const read = readWorkspaceFile(readFileSync(join(fixtures, name), 'utf8'));
      expect(read.ok && read.file.version, name).toBe(4);
      expect(read.ok && read.file.assessments.every((a) => a.method.id === CLASSIC_METHOD.id), name).toBe(true);
    }
  });

  it('ingen risiko bytter nivå: hver rute i matrisen, før og etter tiltak', () => {
    const cells = [1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((c) => [l, c] as const));
    const base = structuredClone(v3.assessments[0]);
    base.risks = cells.map(([l, c], i) => ({
      ...base.risks[0], id: `r-${i}`, likelihood: l, consequence: c, residualLikelihood: 6 - l, residualConsequence: c,
    }));
    const file = { ...v3, assessments: [base] };
    const out = migrate(structuredClone(file), 3);
    if (!out.ok) throw new Error(out.message);
    const checked = check(workspaceFile, out.data);
    if (!checked.ok) throw new Error(checked.problem.message);
    const migrated = checked.value.assessments[0]!;
    for (const [i, [l, c]] of cells.entries()) {
      const risk = migrated.risks[i]!;
      expect(ratingOf(risk, 'before', migrated.method).band, `S${l} K${c}`).toBe(bandOf(l * c));
      expect(ratingOf(risk, 'after', migrated.method).band, `etter S${6 - l} K${c}`).toBe(bandOf((6 - l) * c));
      expect(bandAt(migrated.method, l, c)!.id).toBe(bandOf(l * c));
    }
  });

  it('gir samme fingeravtrykk som i versjon 3, så beslutningene ikke ser ut som om vurderingen er endret', () => {
    const read = readWorkspaceFile(v3Text);
    if (!read.ok) throw new Error(read.message);
    for (const [i, a] of read.file.assessments.entries()) {
      const before = { ...v3.assessments[i], method: undefined } as never;
      expect(assessmentFingerprint(a)).toBe(assessmentFingerprint(before));
    }
    const changed = { ...read.file.assessments[0]!, method: structuredClone(DEFAULT_METHOD) };
    expect(assessmentFingerprint(changed)).not.toBe(assessmentFingerprint(read.file.assessments[0]!));
  });

  it('steget lar verdier som alt har den nye formen være, og kaster ikke på rare data', () => {
    const odd = { assessments: [null, 3, { risks: [null, { nowLikelihood: 2 }] }, { method: 'x' }], accounts: 'nei' };
    const out = v3ToV4.migrate(structuredClone(odd));
    expect((out.assessments as unknown[])[2]).toMatchObject({ method: CLASSIC_METHOD, risks: [null, { nowLikelihood: 2, nowConsequence: null, residualJustification: '' }] });
    expect((out.assessments as unknown[])[3]).toEqual({ method: 'x' });
  });
});

describe('versjon 3 → 4: verdier i nettleseren', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });

  it('flytter vurderinger, kontoer, aktivt valg og siste eksport til versjon 4-nøkler, og mister ingenting', () => {
    for (const [key, value] of Object.entries(v3Storage)) getTestStorage()[key] = value;
    store.reloadFromStorage();
    const stored = getTestStorage();
    for (const a of v3.assessments) {
      const now = JSON.parse(stored[`some-veilederen:v4:vurdering:${a.id}`]!);
      expect(lostIn(a, now)).toEqual([]);
      expect(now.method).toEqual(CLASSIC_METHOD);
    }
    for (const a of v3.accounts) expect(JSON.parse(stored[`some-veilederen:v4:konto:${a.id}`]!)).toEqual(a);
    expect(Object.keys(stored).filter((k) => k.startsWith('some-veilederen:backup:')).length).toBeGreaterThanOrEqual(v3.assessments.length);
  });

  it('nye vurderinger får nettstedets eksempel som metode', () => {
    const created = store.createAssessment({ title: 'Ny', platform: 'TikTok', unit: 'Kultur', owner: '' });
    if (!created.ok) throw new Error(created.message);
    expect(created.value.method).toEqual(DEFAULT_METHOD);
  });
});
