import { describe, it, expect } from 'vitest';
import { useTestStorageEngine, setTestStorageKey, getTestStorage } from '../support/test-storage';

useTestStorageEngine();
const workspace = await import('../../src/stores/workspace');
const store = await import('../../src/stores/risk-method');
const { CLASSIC_METHOD, DEFAULT_METHOD } = await import('../../src/lib/risk/method-presets');
const { methodFileText } = await import('../../src/lib/risk/method-file');

describe('kommunens standardmetode i nettleseren', () => {
  it('bruker nettstedets eksempel når ingen metode er lagret', () => {
    expect(store.$defaultMethod.get()).toEqual(DEFAULT_METHOD);
    expect(store.$hasOwnDefault.get()).toBe(false);
  });

  it('lagrer en metode under sin egen versjonerte nøkkel og leser den tilbake', () => {
    expect(store.saveDefaultMethod(CLASSIC_METHOD)).toEqual({ ok: true });
    expect(store.METHOD_KEY).toBe('some-veilederen:risikometode:v1');
    expect((JSON.parse(getTestStorage()[store.METHOD_KEY]) as { method: unknown }).method).toEqual(CLASSIC_METHOD);
    expect(store.$hasOwnDefault.get()).toBe(true);
  });

  it('lagrer ikke en ugyldig metode', () => {
    const bad = { ...CLASSIC_METHOD, bands: [CLASSIC_METHOD.bands[0]] };
    const result = store.saveDefaultMethod(bad);
    expect(result.ok).toBe(false);
    expect((JSON.parse(getTestStorage()[store.METHOD_KEY]) as { method: unknown }).method).toEqual(CLASSIC_METHOD);
  });

  it('flytter en ulesbar verdi (fra en annen fane) til en sikkerhetskopi og sier fra', () => {
    setTestStorageKey(store.METHOD_KEY, '{"format":"some-veilederen/risikometode","version":1');
    expect(store.$defaultMethod.get()).toEqual(DEFAULT_METHOD);
    expect(getTestStorage()[store.METHOD_KEY]).toBeUndefined();
    const backups = Object.keys(getTestStorage()).filter((k) => k.startsWith('some-veilederen:backup:') && k.endsWith(store.METHOD_KEY));
    expect(backups).toHaveLength(1);
    expect(workspace.$notices.get().at(-1)!.text).toMatch(/Kommunens lagrede risikometode kunne ikke leses.*ikke gyldig JSON/);
  });

  it('følger en gyldig endring fra en annen fane, og går tilbake til eksempelet', () => {
    setTestStorageKey(store.METHOD_KEY, methodFileText(CLASSIC_METHOD, new Date()));
    expect(store.$defaultMethod.get()).toEqual(CLASSIC_METHOD);
    store.resetDefaultMethod();
    expect(store.$defaultMethod.get()).toEqual(DEFAULT_METHOD);
    expect(getTestStorage()[store.METHOD_KEY]).toBeUndefined();
  });
});
