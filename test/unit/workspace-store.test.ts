import { describe, it, expect, beforeEach } from 'vitest';
import { useTestStorageEngine, setTestStorageKey, getTestStorage, cleanTestStorage } from '@nanostores/persistent';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');

describe('arbeidsområdet i nettleseren', () => {
  let unsubscribe: () => void;
  beforeEach(() => {
    cleanTestStorage();
    unsubscribe?.();
    store.$assessmentMap.set({});
    store.$activeId.set('');
    unsubscribe = store.$assessments.listen(() => {});
    store.clock.set(() => new Date('2026-11-22T10:00:00.000Z'));
  });

  it('oppretter en vurdering, lagrer den under egen nøkkel og gjør den aktiv', () => {
    const created = store.createAssessment({ title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: '' });
    const key = store.ASSESSMENT_PREFIX + created.id;
    expect(JSON.parse(getTestStorage()[key]!)).toEqual(created);
    expect(store.$activeId.get()).toBe(created.id);
    expect(store.$activeAssessment.get()?.title).toBe('Facebook – Kulturetaten');
  });

  it('endrer en vurdering og stempler updatedAt', () => {
    const created = store.createAssessment({ title: 'A', platform: 'TikTok', unit: 'Ungdom', owner: '' });
    store.clock.set(() => new Date('2026-11-23T08:00:00.000Z'));
    store.updateAssessment(created.id, (a) => ({ ...a, owner: 'Kari' }));
    expect(store.$activeAssessment.get()).toMatchObject({ owner: 'Kari', updatedAt: '2026-11-23T08:00:00.000Z' });
  });

  it('nekter å lagre en ugyldig endring og beholder det som var', () => {
    const created = store.createAssessment({ title: 'A', platform: 'TikTok', unit: 'Ungdom', owner: '' });
    expect(() => store.updateAssessment(created.id, (a) => ({ ...a, title: 'x'.repeat(600) }))).toThrow(/for lang/);
    expect(store.$activeAssessment.get()?.title).toBe('A');
  });

  it('leser en verdi en annen fane har skrevet, og viser ikke en ugyldig verdi', () => {
    const other = { ...store.createAssessment({ title: 'B', platform: 'YouTube', unit: 'Kultur', owner: '' }) };
    setTestStorageKey(store.ASSESSMENT_PREFIX + other.id, JSON.stringify({ ...other, title: 'B endret' }));
    expect(store.$assessments.get().map((a) => a.title)).toEqual(['B endret']);
    setTestStorageKey(store.ASSESSMENT_PREFIX + 'v-ødelagt', '{"id": 3');
    expect(store.$assessments.get().map((a) => a.title)).toEqual(['B endret']);
  });
});
