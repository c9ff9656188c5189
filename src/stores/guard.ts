/**
 * The one check before a key is overwritten or removed (see `guardOverwrite`).
 */
import type { BackupInfo } from '../lib/workspace/root';
import { classifyEntry, type StoredEntry } from '../lib/workspace/stored';
import { known, read } from './io';
import { backUp } from './notices';

type Guard =
  /** Nothing stored, or what this tab last read: go ahead. */
  | { state: 'free' }
  /** An unreadable value was there and is now a backup: go ahead. */
  | { state: 'backed-up'; info: BackupInfo; what: string; reason: string }
  /** An unreadable value is there and could not be backed up: leave the key alone. */
  | { state: 'stuck'; info: BackupInfo; what: string; reason: string }
  /** Another tab stored a valid, different value. */
  | { state: 'changed'; raw: string; entry: Extract<StoredEntry, { kind: 'assessment' | 'account' }> };

/**
 * The one check before a key is overwritten or removed: «changed elsewhere or
 * unreadable, so back it up before overwriting». An unreadable value is backed
 * up here; the caller decides what to do about a change from another tab.
 */
export function guardOverwrite(key: string): Guard {
  const raw = read(key);
  if (raw === null || raw === known.get(key)) return { state: 'free' };
  const entry = classifyEntry(key, raw);
  if (entry.kind === 'invalid') {
    const info = backUp(key, raw, false);
    return { state: info.saved ? 'backed-up' : 'stuck', info, what: entry.what, reason: entry.reason };
  }
  if (entry.kind === 'assessment' || entry.kind === 'account') return { state: 'changed', raw, entry };
  return { state: 'free' };
}
