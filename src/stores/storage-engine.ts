/**
 * Where the workspace is kept: the browser's localStorage when it can be used,
 * otherwise memory in this tab. In unit and component tests, the test storage
 * of @nanostores/persistent (`useTestStorageEngine()` before importing the
 * store), so tests can look at and change what is "stored".
 *
 * Writes go through `setItem` and may throw (QuotaExceededError): the store
 * catches that and goes on in memory.
 */
import { persistentAtom, persistentMap, getTestStorage, setTestStorageKey } from '@nanostores/persistent';

export type EngineKind = 'local' | 'test' | 'memory';

export interface StorageEngine {
  readonly kind: EngineKind;
  keys(): string[];
  get(key: string): string | null;
  /** May throw, e.g. QuotaExceededError. */
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Changes made by another tab; key null means everything may have changed. */
  subscribe(listener: (key: string | null) => void): () => void;
}

export interface ResolvedEngine {
  engine: StorageEngine;
  /** Why nothing can be kept beyond this tab, or null when storage works. */
  problem: null | 'unavailable' | 'full';
}

const PROBE = 'some-veilederen:probe';

export function memoryEngine(): StorageEngine {
  const data = new Map<string, string>();
  return {
    kind: 'memory',
    keys: () => [...data.keys()],
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    subscribe: () => () => {},
  };
}

function localEngine(storage: Storage): StorageEngine {
  return {
    kind: 'local',
    keys() {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    },
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== null && event.storageArea !== storage) return;
        if (event.key === null || event.key.startsWith('some-veilederen:')) listener(event.key);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** Whether `useTestStorageEngine()` of @nanostores/persistent is in use (tests only). */
function testEngineActive(): boolean {
  try {
    setTestStorageKey(PROBE, '1');
    const seen = persistentAtom<string>(PROBE, '').get() === '1';
    setTestStorageKey(PROBE, undefined);
    return seen;
  } catch {
    return false;
  }
}

function testEngine(): StorageEngine {
  const storage = getTestStorage();
  const ROOT = 'some-veilederen:';
  // The test engine delivers other "tabs'" writes (setTestStorageKey) to
  // persistent stores; this map over all our keys passes them on. Our own
  // writes go through it too (so it knows every key), without reporting them.
  const channel = persistentMap<Record<string, string>>(ROOT, {});
  let own = false;
  const through = (key: string, value: string | undefined) => {
    if (!key.startsWith(ROOT)) {
      if (value === undefined) delete storage[key];
      else storage[key] = value;
      return;
    }
    own = true;
    try {
      channel.setKey(key.slice(ROOT.length), value as string);
    } finally {
      own = false;
    }
  };
  return {
    kind: 'test',
    keys: () => Object.keys(storage),
    get: (key) => storage[key] ?? null,
    set: (key, value) => through(key, value),
    remove: (key) => through(key, undefined),
    subscribe(listener) {
      return channel.listen((_value, _old, changed) => {
        if (!own) listener(changed === undefined ? null : ROOT + String(changed));
      });
    },
  };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: number }).code === 22)
  );
}
export { isQuotaError };

export function resolveEngine(): ResolvedEngine {
  if (testEngineActive()) return { engine: testEngine(), problem: null };
  if (typeof window === 'undefined') return { engine: memoryEngine(), problem: null };
  let storage: Storage;
  try {
    storage = window.localStorage;
    if (!storage) return { engine: memoryEngine(), problem: 'unavailable' };
    storage.getItem(PROBE);
  } catch {
    return { engine: memoryEngine(), problem: 'unavailable' };
  }
  try {
    storage.setItem(PROBE, '1');
    storage.removeItem(PROBE);
    return { engine: localEngine(storage), problem: null };
  } catch (error) {
    // Readable but full (or a browser that allows no writes): keep what is there, work in memory.
    return isQuotaError(error) ? { engine: localEngine(storage), problem: 'full' } : { engine: memoryEngine(), problem: 'unavailable' };
  }
}
