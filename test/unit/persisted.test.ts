import { describe, it, expect, afterEach, vi } from 'vitest';
import { keepingText, readPersisted } from '../../src/stores/persisted';

const withStorage = (storage: Partial<StorageManager> | undefined) => vi.stubGlobal('navigator', { storage });

describe('readPersisted og keepingText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('svarer det nettleseren svarer', async () => {
    withStorage({ persisted: () => Promise.resolve(true) });
    expect(await readPersisted()).toBe('granted');
    withStorage({ persisted: () => Promise.resolve(false) });
    expect(await readPersisted()).toBe('not-granted');
  });

  it('uten API-et: «unsupported»; et spørsmål som feiler, avvises ikke og gir «unknown»', async () => {
    withStorage(undefined);
    expect(await readPersisted()).toBe('unsupported');
    withStorage({ persisted: () => Promise.reject(new Error('nei')) });
    expect(await readPersisted()).toBe('unknown');
  });

  it('har en setning for hvert kjent svar og ingen mens svaret ikke er kjent', () => {
    expect(keepingText('granted')).toMatch(/har lovet/);
    expect(keepingText('not-granted')).toMatch(/har ikke lovet .* eksporter til fil jevnlig/);
    expect(keepingText('unsupported')).toMatch(/kan ikke love/);
    expect(keepingText('unknown')).toBeNull();
  });
});
