/**
 * The lowest layer of the workspace store: which storage engine is in use,
 * whether it works, and reading and writing one key without throwing.
 * Every other store module goes through these functions.
 */
import { atom, readonlyType } from 'nanostores';
import { isQuotaError, resolveEngine, type StorageEngine } from './storage-engine';

export interface StorageStatus {
  /** Why changes are kept only in this tab, or null when they are saved in the browser. */
  problem: null | 'unavailable' | 'full';
}

const resolved = resolveEngine();
let engine: StorageEngine = resolved.engine;

const $status = atom<StorageStatus>({ problem: resolved.problem });
/** Whether the workspace is being saved in the browser, and if not, why. */
export const $storageStatus = readonlyType($status);

/** The clock every stamp is taken from; tests replace it. */
export const $clock = atom<() => Date>(() => new Date());
/** Now, from `$clock`. */
export const now = (): Date => $clock.get()();

/** The storage engine in use (tests put another in place with `swapEngine`). */
export const currentEngine = (): StorageEngine => engine;

export function swapEngine(next: StorageEngine, problem: StorageStatus['problem']): void {
  engine = next;
  $status.set({ problem });
}

function markFailure(error: unknown): void {
  const problem = isQuotaError(error) ? 'full' : 'unavailable';
  if ($status.get().problem !== problem) $status.set({ problem });
}

/** Writes one key; false (and the status says why) when the browser refused. */
export function write(key: string, value: string): boolean {
  try {
    engine.set(key, value);
    return true;
  } catch (error) {
    markFailure(error);
    return false;
  }
}

export function remove(key: string): boolean {
  try {
    engine.remove(key);
    return true;
  } catch (error) {
    markFailure(error);
    return false;
  }
}

export function read(key: string): string | null {
  try {
    return engine.get(key);
  } catch {
    return null;
  }
}

export function keys(): string[] {
  try {
    return engine.keys();
  } catch {
    return [];
  }
}

/** The version of each key this tab last read or wrote, to detect other tabs' changes. */
export const known = new Map<string, string>();

/** Writes a key and remembers it as this tab's version. */
export function writeKnown(key: string, value: string): boolean {
  const ok = write(key, value);
  if (ok) known.set(key, value);
  return ok;
}

/** The result of an action: a value, or a refusal with a stable code and a Norwegian message. */
export type Result<T, Code extends string = string> = { ok: true; value: T } | { ok: false; code: Code; message: string };
export const succeed = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const refuse = <Code extends string>(code: Code, message: string): { ok: false; code: Code; message: string } => ({
  ok: false,
  code,
  message,
});
