/**
 * This tab's recent writes per key, kept for a short while, so that a write
 * from another tab that did not yet see them cannot drop them.
 *
 * Chromium keeps a copy of localStorage in each renderer process and brings
 * the other processes' copies up to date asynchronously. A tab in another
 * process can therefore read an older value, find nothing new (the overwrite
 * guard in sync.ts compares with what it last read), and store its change on
 * top of it. Without this, the text this tab had just saved would vanish from
 * storage and from the screen when that value arrives here. Such a copy is
 * stale for milliseconds, so a write is remembered for `WINDOW_MS` only: a
 * later change from another tab, made after it saw this one, is taken as it is.
 */
import { check, type Schema } from '../lib/model/check';
import { rebaseOnto } from '../lib/workspace/merge';
import { now, writeKnown } from './io';

const WINDOW_MS = 3000;
const MAX_WRITES = 20;
const writes = new Map<string, { befores: unknown[]; after: unknown; at: number }>();

/**
 * Remembers what this tab stored under `key` (`after`) and what it replaced
 * (`before`), with the writes before it that are still remembered: another
 * tab's copy may lack several of this tab's recent writes, not just the last.
 */
export function rememberOwnWrite(key: string, before: unknown, after: unknown): void {
  const at = now().getTime();
  const earlier = writes.get(key);
  const befores = earlier && at - earlier.at <= WINDOW_MS ? [...earlier.befores, before].slice(-MAX_WRITES) : [before];
  writes.set(key, { befores, after, at });
}

/** Forgets every remembered write (when memory is read from scratch). */
export function forgetOwnWrites(): void {
  writes.clear();
}

/**
 * Another tab's value for `key`, with this tab's recent write put back where
 * that value was written without it; `null` when the value can be taken as it is.
 */
function rebaseIncoming<T>(key: string, incoming: T): T | null {
  const own = writes.get(key);
  if (!own) return null;
  if (now().getTime() - own.at > WINDOW_MS) {
    writes.delete(key);
    return null;
  }
  const rebased = rebaseOnto(own.befores as T[], own.after as T, incoming);
  if (rebased === null) writes.delete(key);
  return rebased;
}

/**
 * The value to use for another tab's `incoming` value of `key`: as it is, or
 * with this tab's recent write put back, validated and stored again (so the
 * other tab gets it too). If the merged value is invalid or cannot be stored,
 * the other tab's value is used as it is.
 */
export function takeIncoming<T>(key: string, incoming: T, schema: Schema<T>): T {
  const rebased = rebaseIncoming(key, incoming);
  if (rebased === null) return incoming;
  const checked = check(schema, rebased);
  if (!checked.ok || !writeKnown(key, JSON.stringify(checked.value))) {
    writes.delete(key);
    return incoming;
  }
  rememberOwnWrite(key, incoming, checked.value);
  return checked.value;
}
