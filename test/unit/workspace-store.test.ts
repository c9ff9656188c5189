import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useTestStorageEngine, setTestStorageKey, getTestStorage, cleanTestStorage } from '../support/test-storage';
import { ok } from '../support/test-storage';
import { stringMatching } from '../support/matchers';
import type { Assessment, WorkspaceFile } from '../../src/lib/model/schema';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const transfer = await import('../../src/stores/transfer');
const { memoryEngine } = await import('../../src/stores/storage-engine');
const { readWorkspaceFile } = await import('../../src/lib/workspace/file');
const { planImport } = await import('../../src/lib/workspace/import-plan');
const { newId } = await import('../../src/lib/model/ids');
const { FORMAT_VERSION } = await import('../../src/lib/model/schema');
/** What the import panel does: plan against the current data, then apply. */
const applyImport = (file: Parameters<typeof planImport>[0], choice: Parameters<typeof planImport>[2]) =>
  transfer.applyImportPlan(planImport(file, { assessments: store.$assessmentMap.get(), accounts: store.$accountMap.get() }, choice, newId));

const fixtures = join(import.meta.dirname, '../fixtures');
const snapshot = () => JSON.stringify(Object.entries(getTestStorage()).sort());

describe('arbeidsområdet i nettleseren', () => {
  let unsubscribe: () => void;
  beforeEach(() => {
    cleanTestStorage();
    unsubscribe?.();
    store.resetWorkspaceForTests();
    unsubscribe = store.$assessments.listen(() => {});
    store.$clock.set(() => new Date('2026-11-22T10:00:00.000Z'));
  });

  it('oppretter en vurdering, lagrer den under egen nøkkel og gjør den aktiv', () => {
    const created = ok(store.createAssessment({ title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: '' }));
    const key = store.ASSESSMENT_PREFIX + created.id;
    expect(JSON.parse(getTestStorage()[key])).toEqual(created);
    expect(getTestStorage()[store.ACTIVE_KEY]).toBe(created.id);
    expect(store.$activeId.get()).toBe(created.id);
    expect(store.$activeAssessment.get()?.title).toBe('Facebook – Kulturetaten');
  });

  it('endrer en vurdering og stempler updatedAt', () => {
    const created = ok(store.createAssessment({ title: 'A', platform: 'TikTok', unit: 'Ungdom', owner: '' }));
    store.$clock.set(() => new Date('2026-11-23T08:00:00.000Z'));
    store.updateAssessment(created.id, (a) => ({ ...a, owner: 'Kari' }));
    expect(store.$activeAssessment.get()).toMatchObject({ owner: 'Kari', updatedAt: '2026-11-23T08:00:00.000Z' });
  });

  it('nekter å lagre en ugyldig endring og beholder det som var', () => {
    const created = ok(store.createAssessment({ title: 'A', platform: 'TikTok', unit: 'Ungdom', owner: '' }));
    const before = snapshot();
    const refused = store.updateAssessment(created.id, (a) => ({ ...a, title: 'x'.repeat(600) }));
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    expect(refused.ok ? '' : refused.message).toMatch(/Endringen ble ikke lagret: tittel: Teksten er for lang/);
    expect(store.$activeAssessment.get()?.title).toBe('A');
    expect(snapshot()).toBe(before);
  });

  it('leser en verdi en annen fane har skrevet', () => {
    const other = ok(store.createAssessment({ title: 'B', platform: 'YouTube', unit: 'Kultur', owner: '' }));
    setTestStorageKey(
      store.ASSESSMENT_PREFIX + other.id,
      JSON.stringify({ ...other, title: 'B endret', updatedAt: '2026-11-22T11:00:00.000Z' }),
    );
    expect(store.$assessments.get().map((a) => a.title)).toEqual(['B endret']);
    setTestStorageKey(store.ASSESSMENT_PREFIX + other.id, undefined);
    expect(store.$assessments.get()).toEqual([]);
  });

  it('flytter en ugyldig verdi til en sikkerhetskopi i stedet for å slette den, og sier fra', () => {
    const kept = ok(store.createAssessment({ title: 'Gyldig', platform: 'YouTube', unit: 'Kultur', owner: '' }));
    const broken = '{"id": "v-odelagt", "title": "Halv';
    setTestStorageKey(store.ASSESSMENT_PREFIX + 'v-odelagt', broken);
    const backupKey = `some-veilederen:backup:2026-11-22T10:00:00.000Z:${store.ASSESSMENT_PREFIX}v-odelagt`;
    expect(getTestStorage()[backupKey]).toBe(broken);
    expect(getTestStorage()[store.ASSESSMENT_PREFIX + 'v-odelagt']).toBeUndefined();
    expect(store.$assessments.get().map((a) => a.id)).toEqual([kept.id]);
    expect(store.$notices.get()).toEqual([
      expect.objectContaining({
        level: 'warning',
        text: stringMatching(/En lagret vurdering kunne ikke leses og er flyttet til en sikkerhetskopi: verdien er ikke gyldig JSON/),
      }),
    ]);
    expect(store.backupContent(backupKey)).toBe(broken);
    store.deleteBackup(backupKey);
    expect(getTestStorage()[backupKey]).toBeUndefined();
    expect(store.$notices.get()).toEqual([]);
  });

  it('tar vare på ugyldige verdier som finnes når den leser alt på nytt, også ved feil i ett felt', () => {
    const valid = JSON.parse(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8')) as WorkspaceFile;
    const handEdited = JSON.stringify({ ...valid.assessments[0], risks: [{ ...valid.assessments[0].risks[0], likelihood: 9 }] });
    getTestStorage()[store.ASSESSMENT_PREFIX + 'v-kultur'] = handEdited;
    getTestStorage()[store.ASSESSMENT_PREFIX + 'v-bibliotek'] = JSON.stringify(valid.assessments[1]);
    store.reloadFromStorage();
    expect(store.$assessments.get().map((a) => a.id)).toEqual(['v-bibliotek']);
    const backups = Object.keys(getTestStorage()).filter((k) => k.startsWith('some-veilederen:backup:'));
    expect(backups).toHaveLength(1);
    expect(getTestStorage()[backups[0]]).toBe(handEdited);
    expect(store.$notices.get()[0].text).toMatch(/risks\[0\]\.likelihood.*Høyest 6/);
    // Deleting the other assessment does not touch the backup.
    store.deleteAssessment('v-bibliotek');
    expect(getTestStorage()[backups[0]]).toBe(handEdited);
  });

  it('lar data fra en nyere versjon være helt i fred og sier fra', () => {
    const newer = FORMAT_VERSION + 1;
    getTestStorage()[`some-veilederen:v${newer}:vurdering:v-framtid`] = '{"ny": true}';
    store.reloadFromStorage();
    expect(getTestStorage()[`some-veilederen:v${newer}:vurdering:v-framtid`]).toBe('{"ny": true}');
    expect(store.$notices.get()[0].text).toMatch(new RegExp(`versjon ${newer} av SoMe-veilederen, som er nyere`));
  });

  it('fletter en endring fra en annen fane i et annet felt inn, uten melding', () => {
    const created = ok(store.createAssessment({ title: 'Felles', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    const key = store.ASSESSMENT_PREFIX + created.id;
    // Another tab saves a newer version; its storage event has not arrived here yet.
    getTestStorage()[key] = JSON.stringify({ ...created, owner: 'Annen fane', updatedAt: '2026-11-22T10:05:00.000Z' });
    store.$clock.set(() => new Date('2026-11-22T10:06:00.000Z'));
    ok(store.updateAssessment(created.id, (a) => ({ ...a, title: 'Min endring' })));
    expect(JSON.parse(getTestStorage()[key])).toMatchObject({
      owner: 'Annen fane',
      title: 'Min endring',
      updatedAt: '2026-11-22T10:06:00.000Z',
    });
    expect(store.$activeAssessment.get()).toMatchObject({ owner: 'Annen fane', title: 'Min endring' });
    expect(store.$notices.get()).toEqual([]);
  });

  it('overskriver ikke den andre fanens tekst i samme felt, mister ikke sin egen, og sier fra én gang', () => {
    const created = ok(store.createAssessment({ title: 'Felles', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    const key = store.ASSESSMENT_PREFIX + created.id;
    store.$clock.set(() => new Date('2026-11-22T10:06:00.000Z'));
    for (const [i, mine] of ['Min', 'Min endring', 'Min endring her'].entries()) {
      const base = store.$assessmentMap.get()[created.id];
      getTestStorage()[key] = JSON.stringify({ ...base, title: `Annen ${i}`, updatedAt: `2026-11-22T10:0${i}:30.000Z` });
      ok(store.updateAssessment(created.id, (a) => ({ ...a, title: mine })));
      expect(JSON.parse(getTestStorage()[key])).toMatchObject({ title: `Annen ${i}` });
    }
    expect(store.$activeAssessment.get()).toMatchObject({ title: 'Annen 2' });
    const notices = store.$notices.get();
    expect(notices.map((n) => n.code)).toEqual(['conflict']);
    expect(notices[0].text).toMatch(/endret i en annen fane.*ikke gått tapt/);
    const backups = Object.keys(getTestStorage()).filter((k) => k.startsWith('some-veilederen:backup:'));
    expect(backups).toEqual([notices[0].backup!.key]);
    expect(JSON.parse(store.backupContent(notices[0].backup!.key)!)).toMatchObject({ title: 'Min endring her' });
  });

  it('lagrer når den andre fanens endring allerede er hentet inn', () => {
    const created = ok(store.createAssessment({ title: 'Felles', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    setTestStorageKey(
      store.ASSESSMENT_PREFIX + created.id,
      JSON.stringify({ ...created, owner: 'Annen fane', updatedAt: '2026-11-22T10:05:00.000Z' }),
    );
    store.updateAssessment(created.id, (a) => ({ ...a, title: 'Min endring' }));
    expect(JSON.parse(getTestStorage()[store.ASSESSMENT_PREFIX + created.id])).toMatchObject({
      owner: 'Annen fane',
      title: 'Min endring',
      updatedAt: '2026-11-22T10:05:00.001Z',
    });
  });

  it('mister ikke sin siste lagring når en annen fane lagrer fra en kopi som ikke har sett den', () => {
    const created = ok(store.createAssessment({ title: 'Felles', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    const key = store.ASSESSMENT_PREFIX + created.id;
    ok(store.updateAssessment(created.id, (a) => ({ ...a, title: 'Min' })));
    ok(store.updateAssessment(created.id, (a) => ({ ...a, title: 'Min endring' })));
    // The other tab's copy of storage had neither of this tab's writes yet; it changes another field.
    setTestStorageKey(key, JSON.stringify({ ...created, owner: 'Annen fane', updatedAt: '2026-11-22T10:00:01.000Z' }));
    expect(store.$activeAssessment.get()).toMatchObject({ title: 'Min endring', owner: 'Annen fane' });
    expect(JSON.parse(getTestStorage()[key])).toMatchObject({ title: 'Min endring', owner: 'Annen fane' });
    expect(store.$notices.get()).toEqual([]);
  });

  it('tar en senere endring fra en annen fane som den er, også når den setter et felt tilbake', () => {
    const created = ok(store.createAssessment({ title: 'Felles', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    const key = store.ASSESSMENT_PREFIX + created.id;
    ok(store.updateAssessment(created.id, (a) => ({ ...a, title: 'Min endring' })));
    // Seconds later, after the other tab has seen the change, its user puts the old title back.
    store.$clock.set(() => new Date('2026-11-22T10:00:05.000Z'));
    setTestStorageKey(key, JSON.stringify({ ...created, updatedAt: '2026-11-22T10:00:05.000Z' }));
    expect(store.$activeAssessment.get()).toMatchObject({ title: 'Felles' });
    expect(JSON.parse(getTestStorage()[key])).toMatchObject({ title: 'Felles' });
  });

  it('dupliserer, sletter og legger tilbake en vurdering', () => {
    const created = ok(store.createAssessment({ title: 'Original', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    const copy = ok(store.duplicateAssessment(created.id));
    expect(copy).toMatchObject({ title: 'Original (kopi)', platform: 'Facebook' });
    expect(copy.id).not.toBe(created.id);
    store.deleteAssessment(created.id);
    expect(getTestStorage()[store.ASSESSMENT_PREFIX + created.id]).toBeUndefined();
    store.restoreAssessment(created);
    expect(store.$assessmentMap.get()[created.id]).toEqual(created);
  });

  it('eksporterer og importerer hele arbeidsområdet slik at alt blir likt (eksport → tøm → import)', () => {
    const text = readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8');
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error(read.message);
    applyImport(read.file, 'replace');
    const before = { assessments: store.$assessmentMap.get(), accounts: store.$accountMap.get() };
    const exported = ok(transfer.exportWorkspace());
    expect(exported.fileName).toBe('2026-11-22-some-veilederen-arbeidsomrade.json');
    cleanTestStorage();
    expect(store.$assessments.get()).toEqual([]);
    const again = readWorkspaceFile(exported.text);
    if (!again.ok) throw new Error(again.message);
    applyImport(again.file, 'replace');
    expect({ assessments: store.$assessmentMap.get(), accounts: store.$accountMap.get() }).toEqual(before);
    expect(JSON.parse(exported.text)).toMatchObject({
      format: 'some-veilederen/arbeidsomrade',
      version: FORMAT_VERSION,
      appVersion: transfer.APP_VERSION,
    });
  });

  it('eksporterer én vurdering med kontoene som hører til, og husker når det ble eksportert', () => {
    const read = readWorkspaceFile(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    applyImport(read.file, 'replace');
    expect(store.$unexported.get()).toBe(true);
    const one = ok(transfer.exportWorkspace('v-kultur'));
    expect(one.fileName).toBe('2026-11-22-kulturetaten-facebook-kulturetaten.json');
    expect((JSON.parse(one.text) as WorkspaceFile).assessments).toHaveLength(1);
    expect((JSON.parse(one.text) as WorkspaceFile).accounts).toHaveLength(1);
    transfer.recordExport();
    expect(getTestStorage()[store.LAST_EXPORT_KEY]).toBe('2026-11-22T10:00:00.000Z');
    expect(store.$unexported.get()).toBe(false);
    store.$clock.set(() => new Date('2026-11-22T12:00:00.000Z'));
    store.updateAssessment('v-kultur', (a) => ({ ...a, owner: 'Ola' }));
    expect(store.$unexported.get()).toBe(true);
  });

  it('velger den første importerte vurderingen når ingen er valgt', () => {
    const read = readWorkspaceFile(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    expect(store.$activeId.get()).toBe('');
    ok(applyImport(read.file, 'replace'));
    expect(store.$activeAssessment.get()?.id).toBe(read.file.assessments[0].id);
  });

  it('minner om eksport først når en endret vurdering har gått 30 dager uten', async () => {
    const { overdueForExport } = await import('../../src/lib/workspace/stored');
    const item = { createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' };
    const now = new Date('2026-11-22T10:00:00.000Z');
    expect(overdueForExport([item], '', now)).toEqual([item]);
    expect(overdueForExport([{ ...item, createdAt: '2026-11-01T10:00:00.000Z' }], '', now)).toEqual([]);
    expect(overdueForExport([item], '2026-10-20T10:00:00.000Z', now)).toEqual([item]);
    expect(overdueForExport([item], '2026-11-01T10:00:00.000Z', now)).toEqual([]);
    expect(overdueForExport([item], '2026-11-21T10:00:00.000Z', now)).toEqual([]);
  });

  it('avviser hver fil i korpuset uten å endre noe som er lagret', () => {
    store.createAssessment({ title: 'Lagret', platform: 'Facebook', unit: 'Kultur', owner: '' });
    const before = snapshot();
    for (const name of readdirSync(join(fixtures, 'bad-imports'))) {
      const result = readWorkspaceFile(readFileSync(join(fixtures, 'bad-imports', name), 'utf8'));
      expect(result.ok, name).toBe(false);
    }
    expect(snapshot()).toBe(before);
  });
});

describe('når nettleseren ikke lar verktøyene lagre', () => {
  it('virker i minnet når localStorage er blokkert', () => {
    store.useEngineForTests(memoryEngine(), 'unavailable');
    const created = ok(store.createAssessment({ title: 'I minnet', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    store.updateAssessment(created.id, (a) => ({ ...a, owner: 'Kari' }));
    expect(store.$activeAssessment.get()).toMatchObject({ title: 'I minnet', owner: 'Kari' });
    expect(store.$storageStatus.get()).toEqual({ problem: 'unavailable' });
  });

  it('virker i minnet når lagringsplassen er full, og sier fra', () => {
    const full = memoryEngine();
    let allowWrites = true;
    const engine = {
      ...full,
      set: (key: string, value: string) => {
        if (!allowWrites) throw new DOMException('Kvoten er brukt opp', 'QuotaExceededError');
        full.set(key, value);
      },
    };
    store.useEngineForTests(engine);
    const created = ok(store.createAssessment({ title: 'Lagret', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    allowWrites = false;
    store.updateAssessment(created.id, (a) => ({ ...a, owner: 'Bare i minnet' }));
    expect(store.$activeAssessment.get()?.owner).toBe('Bare i minnet');
    expect((JSON.parse(full.get(store.ASSESSMENT_PREFIX + created.id)!) as Assessment).owner).toBe('');
    expect(store.$storageStatus.get()).toEqual({ problem: 'full' });
  });

  it('gjennomfører en import helt eller ikke i det hele tatt', () => {
    const base = memoryEngine();
    let writes = 0;
    const engine = {
      ...base,
      set: (key: string, value: string) => {
        if (key.includes(':vurdering:') && ++writes > 1) throw new DOMException('Kvoten er brukt opp', 'QuotaExceededError');
        base.set(key, value);
      },
    };
    store.useEngineForTests(engine);
    const read = readWorkspaceFile(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    expect(applyImport(read.file, 'replace')).toMatchObject({
      ok: false,
      code: 'storage-full',
      message: stringMatching(/lagringsplassen i nettleseren er full\. Ingenting ble endret/),
    });
    expect(base.keys()).toEqual([]);
    expect(store.$assessments.get()).toEqual([]);
  });
});

describe('ingen ugyldig verdi slettes uten sikkerhetskopi', () => {
  const invalidKey = `${store.ASSESSMENT_PREFIX}v-kultur`;
  const setup = () => {
    const base = memoryEngine();
    let refuseBackups = false;
    const engine = {
      ...base,
      set: (key: string, value: string) => {
        if (refuseBackups && key.startsWith('some-veilederen:backup:')) throw new DOMException('Kvoten er brukt opp', 'QuotaExceededError');
        base.set(key, value);
      },
    };
    store.useEngineForTests(engine);
    return {
      base,
      refuse: () => {
        refuseBackups = true;
      },
    };
  };

  it('beholder en ugyldig verdi på plass når sikkerhetskopien ikke kan skrives, også når den leses på nytt', () => {
    const { base, refuse } = setup();
    refuse();
    base.set(invalidKey, '{"ødelagt"');
    store.reloadFromStorage();
    expect(base.get(invalidKey)).toBe('{"ødelagt"');
    expect(store.$backups.get()[0]).toMatchObject({ originalKey: invalidKey, raw: '{"ødelagt"' });
    store.reloadFromStorage();
    expect(base.get(invalidKey)).toBe('{"ødelagt"');
  });

  it('import som ville erstatte en ugyldig verdi uten sikkerhetskopi, avvises', () => {
    const { base, refuse } = setup();
    const read = readWorkspaceFile(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    refuse();
    base.set(invalidKey, '{"ødelagt"');
    expect(applyImport(read.file, 'replace')).toMatchObject({
      ok: false,
      code: 'unreadable-not-backed-up',
      message: stringMatching(/uten sikkerhetskopi\. Ingenting ble endret/),
    });
    expect(base.get(invalidKey)).toBe('{"ødelagt"');
  });

  it('sikkerhetskopierer en ugyldig verdi før en import erstatter den', () => {
    const { base } = setup();
    const read = readWorkspaceFile(readFileSync(join(fixtures, 'workspace-valid.json'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    base.set(invalidKey, '{"ødelagt"');
    applyImport(read.file, 'replace');
    expect(
      base
        .keys()
        .filter((k) => k.startsWith('some-veilederen:backup:'))
        .map((k) => base.get(k)),
    ).toEqual(['{"ødelagt"']);
  });
});
