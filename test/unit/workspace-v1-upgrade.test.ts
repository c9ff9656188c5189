/**
 * The first real run of the migration chain: format version 1 → 2 (issue 15).
 * A version 1 export file and version 1 values in localStorage (assessments,
 * accounts, the active selection and the last-export time) must come through
 * with nothing lost, and the version 1 JSON Schema must stay as published.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { useTestStorageEngine, getTestStorage, cleanTestStorage } from '../support/test-storage';
import { keepsEverything, versionFixtures, type FixtureFile } from '../support/upgrade';
import { stringMatching } from '../support/matchers';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { memoryEngine, TEST_ENGINE_GLOBAL } = await import('../../src/stores/storage-engine');
type StorageEngine = import('../../src/stores/storage-engine').StorageEngine;
const { readWorkspaceFile } = await import('../../src/lib/workspace/file');
const { migrate, MIGRATIONS, v1ToV2 } = await import('../../src/lib/model/migrations');
const { FORMAT_VERSION, workspaceFile } = await import('../../src/lib/model/schema');
const { check } = await import('../../src/lib/model/check');
const { assessmentFingerprint, canonicalJson, fnv1a64 } = await import('../../src/lib/decisions/fingerprint');
const { publishedSchemas, workspaceJsonSchema, SCHEMA_PATH } = await import('../../src/lib/model/json-schema');

const { text: v1Text, storage: v1Storage, schemaPath: v1SchemaPath } = versionFixtures(1);
/** A version 1 assessment: the fields the tests read, and anything else. */
type V1Assessment = Record<string, unknown> & {
  decisions: { outcome: string }[];
  conditionStatus: Record<string, unknown>;
  ethics: { choice: string };
};
const v1 = JSON.parse(v1Text) as FixtureFile<V1Assessment>;

describe('versjon 1 → 2: filer', () => {
  it('kjeden har steget fra versjon 1 til 2', () => {
    // Later versions add their steps after it (version 3: workspace-v2-upgrade.test.ts).
    expect(FORMAT_VERSION).toBeGreaterThanOrEqual(2);
    expect(MIGRATIONS[0]).toBe(v1ToV2);
  });

  it('leser en eksport fra versjon 1, sier hva som ble endret, og mister ingenting', () => {
    const read = readWorkspaceFile(v1Text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migrated[0]).toMatch(/^Versjon 1 → 2: .*Ingenting dere har skrevet er endret/);
    expect(read.migrated).toHaveLength(FORMAT_VERSION - 1);
    expect(read.file.version).toBe(FORMAT_VERSION);
    const lost = keepsEverything({ ...v1, version: FORMAT_VERSION }, read.file);
    expect(lost).toEqual([]);
    // The new records start empty.
    for (const assessment of read.file.assessments) {
      expect(assessment.priorConsultations).toEqual([]);
      expect(assessment.legalBasis.supplementaryBasis).toEqual({
        act: '',
        section: '',
        coversPurpose: null,
        clearAndForeseeable: null,
        reasoning: '',
      });
      for (const round of assessment.decisions) expect(round.openConditionsStatement).toBe('');
    }
    for (const account of read.file.accounts) {
      expect(account.archived).toEqual({ date: '', reference: '' });
      expect(account.deletion).toBeNull();
    }
  });

  it('fikstur-filen inneholder det som kan gå tapt: runder med vilkår, vilkårsstatus, etikk, sjekklister og to kontoer', () => {
    const a = v1.assessments[0];
    expect(a.decisions.map((d) => d.outcome)).toEqual(['betinget', 'godkjent']);
    expect(Object.keys(a.conditionStatus)).toEqual(['c-1']);
    expect(a.ethics.choice).toBe('til-stede');
    expect(v1.accounts).toHaveLength(2);
    expect(v1.version).toBe(1);
  });

  it('steget endrer ikke verdier som alt har den nye formen, og er det samme kjørt to ganger', () => {
    const read = readWorkspaceFile(v1Text);
    if (!read.ok) throw new Error(read.message);
    const filled = structuredClone(read.file) as unknown as Record<string, unknown>;
    const once = v1ToV2.migrate(structuredClone(filled));
    expect(once).toEqual(filled);
  });

  it.each([
    ['vurderinger som ikke er en liste', { assessments: 'ingen', accounts: [] }],
    ['en vurdering som er null', { assessments: [null], accounts: [] }],
    ['legalBasis som tekst', { assessments: [{ legalBasis: 'x', decisions: 'y' }], accounts: [] }],
    ['kontoer som tall', { assessments: [], accounts: 3 }],
  ])('kaster aldri på rare data (%s): skjemaet sier etterpå hva som er galt', (_, data) => {
    const out = migrate({ format: 'some-veilederen/arbeidsomrade', version: 1, ...data }, 1);
    expect(out.ok).toBe(true);
    if (out.ok) expect(check(workspaceFile, out.data).ok).toBe(false);
  });

  it('gir samme fingeravtrykk som før, så beslutninger fra versjon 1 ikke ser ut som om vurderingen er endret', () => {
    const read = readWorkspaceFile(v1Text);
    if (!read.ok) throw new Error(read.message);
    v1.assessments.forEach((old, i) => {
      // The fingerprint as version 1 computed it: everything but decisions, conditionStatus and updatedAt.
      const content = Object.fromEntries(Object.entries(old).filter(([k]) => !['decisions', 'conditionStatus', 'updatedAt'].includes(k)));
      expect(assessmentFingerprint(read.file.assessments[i])).toBe(`fnv1a64:${fnv1a64(canonicalJson(content))}`);
    });
  });

  it('endrer ikke filen den får inn', () => {
    const before = structuredClone(v1);
    migrate(v1, 1);
    expect(v1).toEqual(before);
  });
});

describe('versjon 1 → 2: JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);

  it('publiserer versjon 1 nøyaktig som før (fryst fil) og versjon 2 ved siden av', () => {
    const text = readFileSync(v1SchemaPath, 'utf8');
    // The SHA-256 of the version 1 schema as it was published before version 2 existed.
    expect(createHash('sha256').update(text).digest('hex')).toBe('37ba3b823febceb914b3cc6ce4c4ada33f7c3a1448d12d9f6de739688b70ecd6');
    const published = publishedSchemas();
    expect(published.map((p) => p.path).slice(0, 2)).toEqual([
      'dataformat/arbeidsomrade-v1.schema.json',
      'dataformat/arbeidsomrade-v2.schema.json',
    ]);
    expect(JSON.stringify(published[0].schema, null, 2) + '\n').toBe(text);
    expect(published.at(-1)!.schema).toEqual(workspaceJsonSchema());
    expect(SCHEMA_PATH).toBe('dataformat/arbeidsomrade.schema.json');
  });

  it('versjon 1-skjemaet godtar versjon 1-filen, versjon 2-skjemaet godtar den oppdaterte filen og avviser den gamle', () => {
    const [schema1, schema2] = publishedSchemas().map((p) => ajv.compile(p.schema));
    expect(schema1(v1), JSON.stringify(schema1.errors)).toBe(true);
    // Version 1 taken to version 2 only (the current version may be later).
    const read = migrate(v1, 1, MIGRATIONS, 2);
    if (!read.ok) throw new Error(read.message);
    expect(schema2(read.data), JSON.stringify(schema2.errors)).toBe(true);
    expect(schema2(v1)).toBe(false);
  });
});

describe('versjon 1 → 2: verdier i nettleseren', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-30T10:00:00.000Z'));
  });
  const seed = () => Object.assign(getTestStorage(), v1Storage);
  const migratedFile = () => {
    const read = readWorkspaceFile(v1Text);
    if (!read.ok) throw new Error(read.message);
    return read.file;
  };

  it('flytter vurderinger, kontoer, aktivt valg og tidspunkt for siste eksport til gjeldende versjon, og mister ingenting', () => {
    seed();
    store.reloadFromStorage();
    const file = migratedFile();
    expect(store.$assessmentMap.get()).toEqual(Object.fromEntries(file.assessments.map((a) => [a.id, a])));
    expect(store.$accountMap.get()).toEqual(Object.fromEntries(file.accounts.map((a) => [a.id, a])));
    expect(store.$activeId.get()).toBe('v-bibliotek');
    expect(store.$lastExport.get()).toBe('2026-11-25T13:00:00.000Z');
    const stored = getTestStorage();
    // Under the keys of the current version …
    for (const a of file.assessments) expect(JSON.parse(stored[`some-veilederen:v${FORMAT_VERSION}:vurdering:${a.id}`])).toEqual(a);
    for (const a of file.accounts) expect(JSON.parse(stored[`some-veilederen:v${FORMAT_VERSION}:konto:${a.id}`])).toEqual(a);
    expect(stored[`some-veilederen:v${FORMAT_VERSION}:aktiv`]).toBe('v-bibliotek');
    expect(stored[`some-veilederen:v${FORMAT_VERSION}:sist-eksportert`]).toBe('2026-11-25T13:00:00.000Z');
    // … and every version 1 value, byte for byte, in a backup key.
    for (const [key, raw] of Object.entries(v1Storage)) {
      expect(stored[key]).toBeUndefined();
      if (key.includes(':vurdering:') || key.includes(':konto:')) {
        const backups = Object.keys(stored).filter((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(':' + key));
        expect(backups).toHaveLength(1);
        expect(stored[backups[0]]).toBe(raw);
      }
    }
    expect(store.$notices.get()).toEqual([
      expect.objectContaining({
        level: 'info',
        text: stringMatching(
          new RegExp(`oppdatert fra versjon 1 til versjon ${FORMAT_VERSION}.*Ingenting dere har skrevet er endret eller slettet`),
        ),
      }),
    ]);
    // Unchanged since the last export: the migration itself is not a change to export.
    expect(store.$unexported.get()).toBe(false);
  });

  it('en gang er nok: å lese på nytt endrer ingenting', () => {
    seed();
    store.reloadFromStorage();
    const after = JSON.stringify(Object.entries(getTestStorage()).sort());
    store.reloadFromStorage();
    expect(JSON.stringify(Object.entries(getTestStorage()).sort())).toBe(after);
  });

  it('en verdi som alt finnes under nøkkelen for gjeldende versjon, vinner; den gamle tas vare på som sikkerhetskopi', () => {
    seed();
    const file = migratedFile();
    const newer = { ...file.assessments[0], title: 'Nyere, fra versjon 2', updatedAt: '2026-11-29T10:00:00.000Z' };
    getTestStorage()[`some-veilederen:v${FORMAT_VERSION}:vurdering:v-kultur`] = JSON.stringify(newer);
    getTestStorage()[`some-veilederen:v${FORMAT_VERSION}:aktiv`] = 'v-kultur';
    store.reloadFromStorage();
    expect(store.$assessmentMap.get()['v-kultur']).toEqual(newer);
    expect(JSON.parse(getTestStorage()[`some-veilederen:v${FORMAT_VERSION}:vurdering:v-kultur`])).toEqual(newer);
    expect(store.$activeId.get()).toBe('v-kultur');
    const backup = Object.keys(getTestStorage()).find((k) => k.endsWith(':some-veilederen:v1:vurdering:v-kultur'));
    expect(getTestStorage()[backup!]).toBe(v1Storage['some-veilederen:v1:vurdering:v-kultur']);
  });

  it('en versjon 1-verdi som ikke kan leses, flyttes hel til en sikkerhetskopi', () => {
    getTestStorage()['some-veilederen:v1:vurdering:v-rar'] = '{"id": "v-rar", "title": ';
    store.reloadFromStorage();
    const backup = Object.keys(getTestStorage()).find((k) => k.endsWith(':some-veilederen:v1:vurdering:v-rar'));
    expect(getTestStorage()[backup!]).toBe('{"id": "v-rar", "title": ');
    expect(store.$notices.get()[0]).toMatchObject({ level: 'warning' });
  });

  it('når versjon 2-nøkkelen ikke kan skrives, blir versjon 1-verdiene liggende urørt og brukes likevel', () => {
    const base = memoryEngine();
    for (const [key, raw] of Object.entries(v1Storage)) base.set(key, raw);
    const refusing = {
      ...base,
      set: () => {
        throw new DOMException('Kvoten er brukt opp', 'QuotaExceededError');
      },
    };
    store.useEngineForTests(refusing);
    try {
      for (const [key, raw] of Object.entries(v1Storage)) expect(base.get(key)).toBe(raw);
      expect(base.keys().sort()).toEqual(Object.keys(v1Storage).sort());
      expect(Object.keys(store.$assessmentMap.get()).sort()).toEqual(['v-bibliotek', 'v-kultur']);
      expect(store.$activeId.get()).toBe('v-bibliotek');
    } finally {
      store.useEngineForTests((globalThis as Record<string, unknown>)[TEST_ENGINE_GLOBAL] as StorageEngine);
    }
  });

  it('data fra en nyere versjon blir liggende urørt', () => {
    const newer = `some-veilederen:v${FORMAT_VERSION + 1}:`;
    getTestStorage()[`${newer}vurdering:v-ny`] = '{"fra": "framtiden"}';
    getTestStorage()[`${newer}aktiv`] = 'v-ny';
    store.reloadFromStorage();
    expect(getTestStorage()[`${newer}vurdering:v-ny`]).toBe('{"fra": "framtiden"}');
    expect(getTestStorage()[`${newer}aktiv`]).toBe('v-ny');
    expect(store.$activeId.get()).toBe('');
  });
});
