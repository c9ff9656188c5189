/**
 * A storage engine for unit and component tests, put in place before the
 * store is imported (the store looks for it under TEST_ENGINE_GLOBAL):
 *
 *   useTestStorageEngine();
 *   const store = await import('../../src/stores/workspace');
 *
 * `setTestStorageKey` plays another tab: it changes a value and tells the
 * store, as a storage event would. Writing to `getTestStorage()` directly
 * changes a value without telling anyone (as a hand edit would).
 */
import { TEST_ENGINE_GLOBAL, type StorageEngine } from '../../src/stores/storage-engine';

const storage: Record<string, string> = {};
const listeners = new Set<(key: string | null) => void>();
const OURS = 'some-veilederen:';

const engine: StorageEngine = {
  kind: 'test',
  keys: () => Object.keys(storage),
  get: (key) => (Object.prototype.hasOwnProperty.call(storage, key) ? storage[key] : null),
  set: (key, value) => void (storage[key] = value),
  remove: (key) => void delete storage[key],
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useTestStorageEngine(): void {
  (globalThis as Record<string, unknown>)[TEST_ENGINE_GLOBAL] = engine;
}

/** Another tab writes (or, with undefined, removes) a key. */
export function setTestStorageKey(key: string, value: string | undefined): void {
  if (value === undefined) delete storage[key];
  else storage[key] = value;
  if (key.startsWith(OURS)) for (const listener of listeners) listener(key);
}

export function getTestStorage(): Record<string, string> {
  return storage;
}

/** Removes every key, as another tab clearing storage would. */
export function cleanTestStorage(): void {
  for (const key of Object.keys(storage)) setTestStorageKey(key, undefined);
}

/** The value of an action's result; fails the test when the action refused. */
export function ok<T>(result: { ok: true; value: T } | { ok: false; code: string; message: string }): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}
