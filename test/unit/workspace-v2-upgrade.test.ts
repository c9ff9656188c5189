/**
 * Format version 2 → 3 (issue 18): the DPIA parts. A version 2 export file and
 * version 2 values in localStorage must come through with nothing lost, the
 * fingerprints of recorded decisions must not change, and the version 2 JSON
 * Schema must stay as published.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { useTestStorageEngine, getTestStorage, cleanTestStorage } from '../support/test-storage';
import { lostIn, versionFixtures, type FixtureFile } from '../support/upgrade';
import { stringMatching } from '../support/matchers';
import type { Assessment } from '../../src/lib/model/schema';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { readWorkspaceFile } = await import('../../src/lib/workspace/file');
const { migrate, MIGRATIONS, v1ToV2, v2ToV3 } = await import('../../src/lib/model/migrations');
const { FORMAT_VERSION, workspaceFile, emptyAssessment } = await import('../../src/lib/model/schema');
const { check } = await import('../../src/lib/model/check');
const { assessmentFingerprint } = await import('../../src/lib/decisions/fingerprint');
const { publishedSchemas, workspaceJsonSchema } = await import('../../src/lib/model/json-schema');
const { STORAGE_PREFIX } = await import('../../src/lib/workspace/stored');
const { emptyConsultation, emptyDescriptionDetails, emptyNecessity, emptyScreening, emptySignOff } =
  await import('../../src/lib/dpia/sections');
const { sectionFingerprints } = await import('../../src/lib/dpia/section-prints');
const { buildRound, emptyDraft } = await import('../../src/lib/decisions/round');

const { text: v2Text, storage: v2Storage, schemaPath: v2SchemaPath } = versionFixtures(2);
/** The version 2 file: its assessments have every field the fingerprint reads (the version 3 parts are optional there). */
const v2 = JSON.parse(v2Text) as FixtureFile<Assessment>;

/** The version 2 fixture read as the app reads it today (migrated to the current version). */
const read3 = () => {
  const read = readWorkspaceFile(v2Text);
  if (!read.ok) throw new Error(read.message);
  return read;
};

describe('versjon 2 → 3: filer', () => {
  it('kjeden har steget fra versjon 2 til 3 etter steget fra 1 til 2', () => {
    // Later versions add their steps after it (version 4: workspace-v3-upgrade.test.ts).
    expect(FORMAT_VERSION).toBeGreaterThanOrEqual(3);
    expect(MIGRATIONS.slice(0, 2)).toEqual([v1ToV2, v2ToV3]);
  });

  it('fikstur-filen er gyldig etter det publiserte versjon 2-skjemaet og har innhold fra versjon 2', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema2 = ajv.compile(JSON.parse(readFileSync(v2SchemaPath, 'utf8')));
    expect(schema2(v2), JSON.stringify(schema2.errors)).toBe(true);
    expect(v2.version).toBe(2);
    expect(v2.assessments[0].priorConsultations).toHaveLength(1);
    expect(v2.assessments[0].legalBasis.supplementaryBasis.act).toBe('Kommuneloven');
  });

  it('leser en eksport fra versjon 2, sier hva som ble endret, og mister ingenting', () => {
    const read = read3();
    expect(read.migrated[0]).toMatch(/^Versjon 2 → 3: .*Ingenting dere har skrevet er endret/);
    expect(read.migrated).toHaveLength(FORMAT_VERSION - 2);
    expect(read.file.version).toBe(FORMAT_VERSION);
    expect(lostIn({ ...v2, version: FORMAT_VERSION }, read.file)).toEqual([]);
    for (const a of read.file.assessments) {
      expect(a.screening).toEqual(emptyScreening());
      expect(a.necessity).toEqual(emptyNecessity());
      expect(a.consultation).toEqual(emptyConsultation());
      expect(a.signOff).toEqual(emptySignOff());
      expect(a.description).toMatchObject(emptyDescriptionDetails());
      for (const round of a.decisions) expect(round.sections).toBeUndefined();
    }
  });

  it('en fil fra versjon 1 går gjennom begge stegene', () => {
    const v1Text = versionFixtures(1).text;
    const read = readWorkspaceFile(v1Text);
    expect(read.ok && read.file.version).toBe(FORMAT_VERSION);
    expect(read.ok && read.migrated).toHaveLength(FORMAT_VERSION - 1);
  });

  it('steget lar verdier som alt har den nye formen være, og kaster aldri på rare data', () => {
    const step3 = migrate(v2, 2, MIGRATIONS, 3);
    if (!step3.ok) throw new Error(step3.message);
    const filled = structuredClone(step3.data);
    (filled.assessments as { screening: { reasoning: string } }[])[0].screening.reasoning = 'Skrevet i versjon 3.';
    expect(v2ToV3.migrate(structuredClone(filled))).toEqual(filled);
    for (const data of [{ assessments: 'ingen' }, { assessments: [null, { description: 'x' }] }, { accounts: 3 }]) {
      const out = migrate({ format: 'some-veilederen/arbeidsomrade', version: 2, ...data }, 2);
      expect(out.ok).toBe(true);
      if (out.ok) expect(check(workspaceFile, out.data).ok).toBe(false);
    }
  });

  it('gir samme fingeravtrykk som i versjon 2, så beslutningene ikke ser ut som om vurderingen er endret', () => {
    const file = read3().file;
    v2.assessments.forEach((old, i) => {
      expect(assessmentFingerprint(file.assessments[i])).toBe(assessmentFingerprint(old));
    });
    // What is written in the new parts counts; the sign-off does not (it records the decision).
    const a = file.assessments[0];
    expect(assessmentFingerprint({ ...a, screening: { ...a.screening, reasoning: 'Ny.' } })).not.toBe(assessmentFingerprint(a));
    expect(assessmentFingerprint({ ...a, signOff: { ...a.signOff, approverName: 'Kari' } })).toBe(assessmentFingerprint(a));
  });

  it('en ny runde lagrer fingeravtrykk per del', () => {
    const a = emptyAssessment({ id: 'v1', title: 't', platform: 'p', unit: 'u', owner: '' }, new Date('2026-11-30T10:00:00Z'));
    const round = buildRound(
      { ...emptyDraft('2026-11-30'), body: 'Ledergruppen', outcome: 'godkjent', justification: 'j', presentedBy: 'p' },
      a,
      { now: new Date('2026-11-30T10:00:00Z'), newId: (p) => `${p}-1` },
    );
    expect(round.sections).toEqual(sectionFingerprints(a));
  });

  it('endrer ikke filen den får inn', () => {
    const before = structuredClone(v2);
    migrate(v2, 2);
    expect(v2).toEqual(before);
  });
});

describe('versjon 2 → 3: JSON Schema', () => {
  it('publiserer versjon 2 som fryst fil og versjon 3 ved siden av; versjon 3 godtar filen tatt til versjon 3', () => {
    const published = publishedSchemas();
    expect(published.map((p) => p.path).slice(0, 3)).toEqual([
      'dataformat/arbeidsomrade-v1.schema.json',
      'dataformat/arbeidsomrade-v2.schema.json',
      'dataformat/arbeidsomrade-v3.schema.json',
    ]);
    expect(JSON.stringify(published[1].schema, null, 2) + '\n').toBe(readFileSync(v2SchemaPath, 'utf8'));
    expect(published.at(-1)!.schema).toEqual(workspaceJsonSchema());
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema3 = ajv.compile(published[2].schema);
    // Version 2 taken to version 3 only (the current version may be later).
    const step3 = migrate(v2, 2, MIGRATIONS, 3);
    expect(step3.ok && schema3(step3.data), JSON.stringify(schema3.errors)).toBe(true);
    expect(schema3(v2)).toBe(false);
  });
});

describe('versjon 2 → 3: verdier i nettleseren', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-30T10:00:00.000Z'));
  });

  it('flytter vurderinger, kontoer, aktivt valg og siste eksport til nøklene for gjeldende versjon, og mister ingenting', () => {
    Object.assign(getTestStorage(), v2Storage);
    store.reloadFromStorage();
    const file = read3().file;
    expect(store.$assessmentMap.get()).toEqual(Object.fromEntries(file.assessments.map((a) => [a.id, a])));
    expect(store.$accountMap.get()).toEqual(Object.fromEntries(file.accounts.map((a) => [a.id, a])));
    expect(store.$activeId.get()).toBe('v-bibliotek');
    const stored = getTestStorage();
    for (const a of file.assessments) expect(JSON.parse(stored[`${STORAGE_PREFIX}vurdering:${a.id}`])).toEqual(a);
    for (const a of file.accounts) expect(JSON.parse(stored[`${STORAGE_PREFIX}konto:${a.id}`])).toEqual(a);
    expect(stored[`${STORAGE_PREFIX}aktiv`]).toBe('v-bibliotek');
    expect(stored[`${STORAGE_PREFIX}sist-eksportert`]).toBe('2026-11-25T13:00:00.000Z');
    // Every version 2 value, byte for byte, in a backup key.
    for (const [key, raw] of Object.entries(v2Storage)) {
      expect(stored[key]).toBeUndefined();
      if (key.includes(':vurdering:') || key.includes(':konto:')) {
        const backups = Object.keys(stored).filter((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(':' + key));
        expect(backups).toHaveLength(1);
        expect(stored[backups[0]]).toBe(raw);
      }
    }
    // Nothing of version 2 is lost in what the tools now use.
    for (const [key, raw] of Object.entries(v2Storage).filter(([k]) => k.includes(':vurdering:'))) {
      const id = key.split(':').pop()!;
      expect(lostIn(JSON.parse(raw), store.$assessmentMap.get()[id])).toEqual([]);
    }
    expect(store.$notices.get()).toEqual([
      expect.objectContaining({ level: 'info', text: stringMatching(new RegExp(`oppdatert fra versjon 2 til versjon ${FORMAT_VERSION}`)) }),
    ]);
  });

  it('de nye delene kan fylles ut og lagres etter oppgraderingen', () => {
    Object.assign(getTestStorage(), v2Storage);
    store.reloadFromStorage();
    store.updateAssessment('v-kultur', (a) => ({ ...a, screening: { ...a.screening, result: 'pakrevd', reasoning: 'To kriterier.' } }));
    const saved = JSON.parse(getTestStorage()[`${STORAGE_PREFIX}vurdering:v-kultur`]) as Assessment;
    expect(saved.screening).toMatchObject({ result: 'pakrevd', reasoning: 'To kriterier.' });
    expect(saved.priorConsultations).toEqual(v2.assessments[0].priorConsultations);
  });
});
