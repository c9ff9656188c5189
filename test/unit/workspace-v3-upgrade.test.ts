/**
 * Format version 3 → 4 (issue 18): the municipality's name for the report's
 * header. A version 3 export file and version 3 values in localStorage must
 * come through with nothing lost, fingerprints unchanged, and the version 3
 * JSON Schema must stay as published.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { lostIn, versionFixtures, type FixtureFile } from '../support/upgrade';
import { stringMatching } from '../support/matchers';
import type { Assessment } from '../../src/lib/model/schema';
import { useTestStorageEngine, getTestStorage, cleanTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { readWorkspaceFile } = await import('../../src/lib/workspace/file');
const { migrate, MIGRATIONS, v3ToV4 } = await import('../../src/lib/model/migrations');
const { FORMAT_VERSION, workspaceFile } = await import('../../src/lib/model/schema');
const { check } = await import('../../src/lib/model/check');
const { assessmentFingerprint } = await import('../../src/lib/decisions/fingerprint');
const { sectionFingerprints } = await import('../../src/lib/dpia/section-prints');
const { publishedSchemas, workspaceJsonSchema } = await import('../../src/lib/model/json-schema');
const { STORAGE_PREFIX } = await import('../../src/lib/workspace/stored');
const { lastMunicipality } = await import('../../src/lib/workspace/municipality');

const { text: v3Text, storage: v3Storage, schemaPath: v3SchemaPath } = versionFixtures(3);
/** The version 3 file: its assessments have every field the fingerprints read (the municipality is optional there). */
const v3 = JSON.parse(v3Text) as FixtureFile<Assessment>;

const readNow = () => {
  const read = readWorkspaceFile(v3Text);
  if (!read.ok) throw new Error(read.message);
  return read;
};

describe('versjon 3 → 4: filer', () => {
  it('kjeden har steget fra versjon 3 til 4 etter de eldre stegene', () => {
    expect(FORMAT_VERSION).toBeGreaterThanOrEqual(4);
    expect(MIGRATIONS[2]).toBe(v3ToV4);
  });

  it('fikstur-filen er gyldig etter det publiserte versjon 3-skjemaet og har innhold i alle delene fra versjon 3', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema3 = ajv.compile(JSON.parse(readFileSync(v3SchemaPath, 'utf8')));
    expect(schema3(v3), JSON.stringify(schema3.errors)).toBe(true);
    expect(v3.version).toBe(3);
    const a = v3.assessments.find((x) => x.id === 'v-bibliotek')!;
    expect(a.screening.result).toBe('anbefalt');
    expect(a.description.dataSubjects).toHaveLength(2);
    expect(a.consultation.entries).toHaveLength(1);
    expect(a.signOff.approverName).toBe('Ola Nordmann');
    expect(a).not.toHaveProperty('municipality');
  });

  it('leser en eksport fra versjon 3, sier hva som ble endret, og mister ingenting', () => {
    const read = readNow();
    expect(read.migrated[0]).toMatch(/^Versjon 3 → 4: .*Ingenting dere har skrevet er endret/);
    expect(read.migrated).toHaveLength(FORMAT_VERSION - 3);
    expect(read.file.version).toBe(FORMAT_VERSION);
    expect(lostIn({ ...v3, version: FORMAT_VERSION }, read.file)).toEqual([]);
    for (const a of read.file.assessments) expect(a.municipality).toBe('');
  });

  it('steget lar et kommunenavn som alt finnes være, og kaster aldri på rare data', () => {
    const named = { version: 3, assessments: [{ id: 'v-1', municipality: 'Eksempel kommune' }] };
    expect(v3ToV4.migrate(structuredClone(named))).toEqual(named);
    for (const data of [{ assessments: 'ingen' }, { assessments: [null, 7, { title: 'x' }] }, {}]) {
      const out = migrate({ format: 'some-veilederen/arbeidsomrade', version: 3, ...data }, 3);
      expect(out.ok).toBe(true);
      if (out.ok) expect(check(workspaceFile, out.data).ok).toBe(false);
    }
  });

  it('endrer ikke fingeravtrykkene, og kommunenavnet teller ikke som en endring av det som ble besluttet', () => {
    const file = readNow().file;
    v3.assessments.forEach((old, i) => {
      expect(assessmentFingerprint(file.assessments[i])).toBe(assessmentFingerprint(old));
      expect(sectionFingerprints(file.assessments[i])).toEqual(sectionFingerprints(old));
    });
    const a = file.assessments[0];
    expect(assessmentFingerprint({ ...a, municipality: 'Eksempel kommune' })).toBe(assessmentFingerprint(a));
  });

  it('endrer ikke filen den får inn', () => {
    const before = structuredClone(v3);
    migrate(v3, 3);
    expect(v3).toEqual(before);
  });
});

describe('versjon 3 → 4: JSON Schema', () => {
  it('publiserer versjon 3 som fryst fil og den gjeldende versjonen ved siden av; den godtar den oppdaterte filen og avviser den gamle', () => {
    const published = publishedSchemas();
    expect(published[2].path).toBe('dataformat/arbeidsomrade-v3.schema.json');
    expect(JSON.stringify(published[2].schema, null, 2) + '\n').toBe(readFileSync(v3SchemaPath, 'utf8'));
    expect(published.at(-1)!.schema).toEqual(workspaceJsonSchema());
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const current = ajv.compile(published.at(-1)!.schema);
    expect(current(readNow().file), JSON.stringify(current.errors)).toBe(true);
    expect(current(v3)).toBe(false);
  });
});

describe('versjon 3 → 4: verdier i nettleseren', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-12-01T10:00:00.000Z'));
  });

  it('flytter vurderinger, kontoer, aktivt valg og siste eksport til nøklene for gjeldende versjon, og mister ingenting', () => {
    Object.assign(getTestStorage(), v3Storage);
    store.reloadFromStorage();
    const file = readNow().file;
    expect(store.$assessmentMap.get()).toEqual(Object.fromEntries(file.assessments.map((a) => [a.id, a])));
    expect(store.$accountMap.get()).toEqual(Object.fromEntries(file.accounts.map((a) => [a.id, a])));
    expect(store.$activeId.get()).toBe('v-bibliotek');
    const stored = getTestStorage();
    for (const a of file.assessments) expect(JSON.parse(stored[`${STORAGE_PREFIX}vurdering:${a.id}`])).toEqual(a);
    expect(stored[`${STORAGE_PREFIX}aktiv`]).toBe('v-bibliotek');
    expect(stored[`${STORAGE_PREFIX}sist-eksportert`]).toBe('2026-11-30T09:00:00.000Z');
    for (const [key, raw] of Object.entries(v3Storage)) {
      expect(stored[key]).toBeUndefined();
      if (key.includes(':vurdering:') || key.includes(':konto:')) {
        const backups = Object.keys(stored).filter((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(':' + key));
        expect(backups).toHaveLength(1);
        expect(stored[backups[0]]).toBe(raw);
      }
    }
    for (const [key, raw] of Object.entries(v3Storage).filter(([k]) => k.includes(':vurdering:'))) {
      expect(lostIn(JSON.parse(raw), store.$assessmentMap.get()[key.split(':').pop()!])).toEqual([]);
    }
    expect(store.$notices.get()).toEqual([
      expect.objectContaining({ level: 'info', text: stringMatching(new RegExp(`oppdatert fra versjon 3 til versjon ${FORMAT_VERSION}`)) }),
    ]);
  });

  it('kommunen kan skrives inn etter oppgraderingen, og en ny vurdering starter med den', () => {
    Object.assign(getTestStorage(), v3Storage);
    store.reloadFromStorage();
    expect(store.updateAssessment('v-kultur', (a) => ({ ...a, municipality: 'Eksempel kommune' })).ok).toBe(true);
    expect((JSON.parse(getTestStorage()[`${STORAGE_PREFIX}vurdering:v-kultur`]) as Assessment).municipality).toBe('Eksempel kommune');
    expect(lastMunicipality(store.$assessments.get())).toBe('Eksempel kommune');
  });
});

describe('kommunen på en ny vurdering', () => {
  it('tar navnet fra vurderingen som ble endret sist og har et navn', () => {
    expect(lastMunicipality([])).toBe('');
    expect(lastMunicipality([{ municipality: '', updatedAt: '2026-12-01T00:00:00.000Z' }])).toBe('');
    expect(
      lastMunicipality([
        { municipality: ' Eldre kommune ', updatedAt: '2026-11-01T00:00:00.000Z' },
        { municipality: 'Nyere kommune', updatedAt: '2026-11-20T00:00:00.000Z' },
        { municipality: '', updatedAt: '2026-11-30T00:00:00.000Z' },
      ]),
    ).toBe('Nyere kommune');
  });
});
