/**
 * Format version 4 → 5 (issue 17): the risk method becomes data. Old
 * assessments migrate to the method they were made with (the classic 5 × 5),
 * no risk changes band, nothing is lost, decisions keep their fingerprint,
 * and the version 4 JSON Schema stays as published. Fixtures of every earlier
 * version (v1 included) go through the whole chain.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { lostIn, versionFixtures, type FixtureFile } from '../support/upgrade';
import { stringMatching } from '../support/matchers';
import type { Assessment } from '../../src/lib/model/schema';
import { useTestStorageEngine, getTestStorage, cleanTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { readWorkspaceFile } = await import('../../src/lib/workspace/file');
const { migrate, MIGRATIONS, v4ToV5 } = await import('../../src/lib/model/migrations');
const { FORMAT_VERSION, workspaceFile } = await import('../../src/lib/model/schema');
const { check } = await import('../../src/lib/model/check');
const { assessmentFingerprint } = await import('../../src/lib/decisions/fingerprint');
const { publishedSchemas, workspaceJsonSchema } = await import('../../src/lib/model/json-schema');
const { STORAGE_PREFIX } = await import('../../src/lib/workspace/stored');
const { CLASSIC_METHOD, DEFAULT_METHOD } = await import('../../src/lib/risk/method-presets');
const { bandAt } = await import('../../src/lib/risk/method');
const { bandOf, riskScore } = await import('../../src/lib/risk/scoring');
const { ratingOf } = await import('../../src/lib/risk/register');
const { decisionStatus } = await import('../../src/lib/decisions/rules');

const fixtures = join(import.meta.dirname, '../fixtures');
const { text: v4Text, storage: v4Storage, schemaPath: v4SchemaPath } = versionFixtures(4);
// Typed as today's assessment for the checks below; the file itself has no `method` yet.
const v4 = JSON.parse(v4Text) as FixtureFile<Assessment>;
const EARLIER = ['v1/arbeidsomrade-v1.json', 'v2/arbeidsomrade-v2.json', 'v3/arbeidsomrade-v3.json', 'v4/arbeidsomrade-v4.json'];

const readNow = () => {
  const read = readWorkspaceFile(v4Text);
  if (!read.ok) throw new Error(read.message);
  return read;
};
type OldRisk = {
  likelihood: number | null;
  consequence: number | null;
  residualLikelihood: number | null;
  residualConsequence: number | null;
};
/** The band a risk had before the method became data: the product on the fixed thresholds. */
const oldBand = (l: number | null, c: number | null) => bandOf(riskScore(l, c));

describe('versjon 4 → 5: filer', () => {
  it('kjeden har steget fra versjon 4 til 5 etter de eldre stegene', () => {
    expect(FORMAT_VERSION).toBeGreaterThanOrEqual(5);
    expect(MIGRATIONS[3]).toBe(v4ToV5);
  });

  it('fikstur-filen er gyldig etter det publiserte versjon 4-skjemaet og har risikoer som ville flyttet seg i standardmetoden', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema4 = ajv.compile(JSON.parse(readFileSync(v4SchemaPath, 'utf8')));
    expect(schema4(v4), JSON.stringify(schema4.errors)).toBe(true);
    expect(v4.version).toBe(4);
    const risks: OldRisk[] = v4.assessments.flatMap((a) => a.risks);
    // S2 K4 is middels on the classic method and høy on the default one: the upgrade must not move it.
    expect(
      risks.some(
        (r) => r.likelihood !== null && bandAt(DEFAULT_METHOD, r.likelihood, r.consequence)!.id !== oldBand(r.likelihood, r.consequence),
      ),
    ).toBe(true);
    expect(v4.assessments[0]).not.toHaveProperty('method');
  });

  it('leser en eksport fra versjon 4 og mister ingenting; hver vurdering får den klassiske metoden', () => {
    const read = readNow();
    expect(read.migrated).toEqual([
      expect.stringMatching(/^Versjon 4 → 5: .*ingen risiko bytter nivå.*Ingenting dere har skrevet er endret/),
    ]);
    expect(lostIn({ ...v4, version: FORMAT_VERSION }, read.file)).toEqual([]);
    for (const a of read.file.assessments) {
      expect(a.method).toEqual(CLASSIC_METHOD);
      for (const r of a.risks) expect(r).toMatchObject({ nowLikelihood: null, nowConsequence: null, residualJustification: '' });
    }
  });

  it('ingen risiko bytter nivå: filer fra versjon 1, 2, 3 og 4 gjennom hele kjeden, før og etter tiltak', () => {
    for (const name of EARLIER) {
      const text = readFileSync(join(fixtures, name), 'utf8');
      const old = JSON.parse(text) as FixtureFile<{ risks: OldRisk[] }>;
      const read = readWorkspaceFile(text);
      if (!read.ok) throw new Error(`${name}: ${read.message}`);
      expect(read.file.version, name).toBe(FORMAT_VERSION);
      let counted = 0;
      read.file.assessments.forEach((a, i) => {
        expect(a.method.id, name).toBe(CLASSIC_METHOD.id);
        a.risks.forEach((risk, j) => {
          const was = old.assessments[i].risks[j];
          expect(ratingOf(risk, 'before', a.method).band, `${name} ${risk.id} før`).toBe(oldBand(was.likelihood, was.consequence));
          const after =
            riskScore(was.residualLikelihood, was.residualConsequence) === null
              ? oldBand(was.likelihood, was.consequence)
              : oldBand(was.residualLikelihood, was.residualConsequence);
          expect(ratingOf(risk, 'after', a.method).band, `${name} ${risk.id} etter`).toBe(after);
          counted++;
        });
      });
      expect(counted, name).toBeGreaterThan(0);
    }
  });

  it('ingen risiko bytter nivå: hver rute i matrisen, før og etter tiltak', () => {
    const cells = [1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((c) => [l, c] as const));
    const base = structuredClone(v4.assessments[0]);
    base.risks = cells.map(([l, c], i) => ({
      ...base.risks[0],
      id: `r-${i}`,
      likelihood: l,
      consequence: c,
      residualLikelihood: 6 - l,
      residualConsequence: c,
    }));
    const out = migrate(structuredClone({ ...v4, assessments: [base] }), 4);
    if (!out.ok) throw new Error(out.message);
    const checked = check(workspaceFile, out.data);
    if (!checked.ok) throw new Error(checked.problem.message);
    const migrated = checked.value.assessments[0];
    for (const [i, [l, c]] of cells.entries()) {
      const risk = migrated.risks[i];
      expect(ratingOf(risk, 'before', migrated.method).band, `S${l} K${c}`).toBe(bandOf(l * c));
      expect(ratingOf(risk, 'after', migrated.method).band, `etter S${6 - l} K${c}`).toBe(bandOf((6 - l) * c));
    }
  });

  it('beslutninger tatt før oppgraderingen beholder status og art. 36-vurdering', () => {
    const read = readNow();
    v4.assessments.forEach((old, i) => {
      const a = read.file.assessments[i];
      const before = decisionStatus(old, assessmentFingerprint(old));
      const after = decisionStatus(a, assessmentFingerprint(a));
      expect(after.label).toBe(before.label);
      expect(after.consultation.state).toBe(before.consultation.state);
      expect(after.changedSinceDecision).toBe(before.changedSinceDecision);
    });
  });

  it('steget lar verdier som alt har den nye formen være, og kaster ikke på rare data', () => {
    const odd = { assessments: [null, 3, { risks: [null, { nowLikelihood: 2 }] }, { method: 'x' }], accounts: 'nei' };
    const out = v4ToV5.migrate(structuredClone(odd));
    expect((out.assessments as unknown[])[2]).toMatchObject({
      method: CLASSIC_METHOD,
      risks: [null, { nowLikelihood: 2, nowConsequence: null, residualJustification: '' }],
    });
    expect((out.assessments as unknown[])[3]).toEqual({ method: 'x' });
    for (const data of [{ assessments: 'ingen' }, { assessments: [null, 7, { title: 'x' }] }, {}]) {
      const res = migrate({ format: 'some-veilederen/arbeidsomrade', version: 4, ...data }, 4);
      expect(res.ok).toBe(true);
    }
  });

  it('gir samme fingeravtrykk som i versjon 4, og en annen metode teller som en endring', () => {
    const read = readNow();
    for (const [i, a] of read.file.assessments.entries()) expect(assessmentFingerprint(a)).toBe(assessmentFingerprint(v4.assessments[i]));
    const changed = { ...read.file.assessments[0], method: structuredClone(DEFAULT_METHOD) };
    expect(assessmentFingerprint(changed)).not.toBe(assessmentFingerprint(read.file.assessments[0]));
  });

  it('endrer ikke filen den får inn', () => {
    const before = structuredClone(v4);
    migrate(v4, 4);
    expect(v4).toEqual(before);
  });
});

describe('versjon 4 → 5: JSON Schema', () => {
  it('publiserer versjon 4 som fryst fil og den gjeldende versjonen ved siden av; den godtar den oppdaterte filen og avviser den gamle', () => {
    const published = publishedSchemas();
    expect(published[3].path).toBe('dataformat/arbeidsomrade-v4.schema.json');
    expect(JSON.stringify(published[3].schema, null, 2) + '\n').toBe(readFileSync(v4SchemaPath, 'utf8'));
    expect(published.at(-1)!.path).toBe(`dataformat/arbeidsomrade-v${FORMAT_VERSION}.schema.json`);
    expect(published.at(-1)!.schema).toEqual(workspaceJsonSchema());
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const current = ajv.compile(published.at(-1)!.schema);
    expect(current(readNow().file), JSON.stringify(current.errors)).toBe(true);
    expect(current(v4)).toBe(false);
  });
});

describe('versjon 4 → 5: verdier i nettleseren', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-12-01T10:00:00.000Z'));
  });

  it('flytter vurderinger, kontoer, aktivt valg og siste eksport til nøklene for gjeldende versjon, og mister ingenting', () => {
    Object.assign(getTestStorage(), v4Storage);
    store.reloadFromStorage();
    const stored = getTestStorage();
    for (const [key, raw] of Object.entries(v4Storage)) {
      expect(stored[key]).toBeUndefined();
      if (key.includes(':vurdering:')) {
        const now = JSON.parse(stored[`${STORAGE_PREFIX}vurdering:${key.split(':').pop()}`]) as { method: unknown };
        expect(lostIn(JSON.parse(raw), now)).toEqual([]);
        expect(now.method).toEqual(CLASSIC_METHOD);
      }
      if (key.includes(':vurdering:') || key.includes(':konto:')) {
        const backups = Object.keys(stored).filter((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(':' + key));
        expect(backups).toHaveLength(1);
        expect(stored[backups[0]]).toBe(raw);
      }
    }
    expect(stored[`${STORAGE_PREFIX}aktiv`]).toBe('v-bibliotek');
    expect(store.$notices.get()).toEqual([
      expect.objectContaining({ level: 'info', text: stringMatching(new RegExp(`oppdatert fra versjon 4 til versjon ${FORMAT_VERSION}`)) }),
    ]);
  });

  it('nye vurderinger får nettstedets eksempel som metode', () => {
    const created = store.createAssessment({ title: 'Ny', platform: 'TikTok', unit: 'Kultur', owner: '' });
    if (!created.ok) throw new Error(created.message);
    expect(created.value.method).toEqual(DEFAULT_METHOD);
  });
});
