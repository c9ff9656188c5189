/**
 * Where the workspace is kept: the browser's localStorage when it can be used,
 * otherwise memory in this tab. In unit and component tests, an engine the
 * tests put in place before importing the store (test/support/test-storage.ts),
 * so tests can look at and change what is "stored".
 *
 * Writes go through `setItem` and may throw (QuotaExceededError): the store
 * catches that and goes on in memory.
 */
import { ROOT } from '../lib/workspace/root';

type EngineKind = 'local' | 'test' | 'memory';

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

const PROBE = `${ROOT}probe`;

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
        if (event.key === null || event.key.startsWith(ROOT)) listener(event.key);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/**
 * Where the unit and component tests put their storage engine before they
 * import the store (test/support/test-storage.ts). Never set in the browser.
 */
export const TEST_ENGINE_GLOBAL = '__someVeilederenTestStorage';

function injectedTestEngine(): StorageEngine | null {
  const injected = (globalThis as Record<string, unknown>)[TEST_ENGINE_GLOBAL];
  return injected ? (injected as StorageEngine) : null;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: number }).code === 22)
  );
}
export { isQuotaError };

/** Whether a key is the probe `resolveEngine` writes and removes (another tab's probe is not data). */
export const isProbe = (key: string): boolean => key === PROBE;

/**
 * The engine for asking what is stored, without the write probe of `resolveEngine`
 * (src/stores/presence.ts): null when storage cannot be read. It writes nothing, so
 * asking in one tab does not send storage events to the others.
 */
export function readableEngine(): StorageEngine | null {
  const test = injectedTestEngine();
  if (test) return test;
  if (typeof window === 'undefined') return null;
  try {
    const storage = window.localStorage;
    if (!storage) return null;
    storage.getItem(PROBE);
    return localEngine(storage);
  } catch {
    return null;
  }
}

export function resolveEngine(): ResolvedEngine {
  const test = injectedTestEngine();
  if (test) return { engine: test, problem: null };
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
