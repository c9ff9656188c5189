import { describe, it, expect, beforeEach } from 'vitest';
import { useTestStorageEngine, cleanTestStorage, setTestStorageKey } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { draftIds, dropDraft, keepDraft, readDraft } = await import('../../src/stores/drafts');

describe('utkast i lageret', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });

  it('finner skjemaets utkast, det sist skrevne først, og ikke andre skjemaers', () => {
    store.$clock.set(() => new Date('2026-11-23T10:00:00Z'));
    keepDraft('konto', 'k-1', 'name', 'Ungdomshuset', '');
    store.$clock.set(() => new Date('2026-11-23T10:05:00Z'));
    keepDraft('konto', 'k-2', 'name', 'Biblioteket', '');
    keepDraft('kontoer', 'k-9', 'name', 'Et annet skjema', '');
    setTestStorageKey('some-veilederen:v1:utkast:konto:k-3', '{ikke json');
    expect(draftIds('konto')).toEqual(['k-2', 'k-1']);
    dropDraft('konto', 'k-2');
    expect(draftIds('konto')).toEqual(['k-1']);
    expect(readDraft('konto', 'k-1')?.fields).toEqual({ name: 'Ungdomshuset' });
  });
});
