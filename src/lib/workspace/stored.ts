/**
 * What the browser keeps: the key layout in localStorage and the reading of
 * one stored value. Every value is parsed and validated; a value that fails is
 * never used as data and never deleted: the store moves it to a backup key.
 * Pure TypeScript: keys and strings in, decisions out. No DOM, no storage.
 *
 * Versioned keys. Every key carries the format version it was written in
 * (`some-veilederen:v2:vurdering:<id>`). When the format goes up a version:
 * - a value under an older version's key is migrated (migrations.ts) and
 *   validated; the store writes it under the current version's key, and only
 *   when that write succeeded moves the old value to a backup key
 *   (`some-veilederen:backup:<time>:some-veilederen:v1:…`). If the current key
 *   already holds a value, that value wins and is not overwritten; the old one
 *   still goes to a backup. The active selection and the last-export time are
 *   copied to the current key (when it is empty) and the old key is removed
 *   after the copy was written.
 * - a value that cannot be migrated is never used and never dropped: it goes
 *   to a backup key, whole, and the user is told.
 * - keys of a newer version than this app knows are left untouched, so an
 *   older copy of the app never destroys newer data.
 */
import { check, is } from '../model/check';
import { FORMAT, FORMAT_VERSION, account, assessment, id as idSchema, isoDateTime, type Account, type Assessment } from '../model/schema';
import { migrate, MIGRATIONS, type Migration } from '../model/migrations';
import { fieldProblem, problemText } from './issues';
import { findShapeProblem, parseJson } from './safe-json';
import { BACKUP_PREFIX, ROOT, type BackupInfo } from './root';

export { ROOT };

/** The prefix of the keys of the current version, e.g. `some-veilederen:v1:`. */
const versionPrefix = (version: number) => `${ROOT}v${version}:`;
export const STORAGE_PREFIX = versionPrefix(FORMAT_VERSION);
export const ASSESSMENT_PREFIX = `${STORAGE_PREFIX}vurdering:`;
export const ACCOUNT_PREFIX = `${STORAGE_PREFIX}konto:`;
export const ACTIVE_KEY = `${STORAGE_PREFIX}aktiv`;
export const LAST_EXPORT_KEY = `${STORAGE_PREFIX}sist-eksportert`;
function parseBackupKey(key: string): BackupInfo | null {
  const match = /^some-veilederen:backup:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z):(.+)$/.exec(key);
  return match ? { key, originalKey: match[2], at: match[1] } : null;
}

export type StoredEntry =
  | { kind: 'assessment'; id: string; value: Assessment; migratedFrom?: number }
  | { kind: 'account'; id: string; value: Account; migratedFrom?: number }
  | { kind: 'active'; value: string; migratedFrom?: number }
  | { kind: 'last-export'; value: string; migratedFrom?: number }
  | { kind: 'backup'; info: BackupInfo }
  /** A value of ours that cannot be used: it must be moved to a backup key. */
  | { kind: 'invalid'; what: string; reason: string }
  /** A value written by a newer version of the app: left alone. */
  | { kind: 'newer'; version: number }
  /** Not ours. */
  | { kind: 'other' };

const WHAT = { vurdering: 'En lagret vurdering', konto: 'En lagret konto' } as const;

/**
 * Reads one stored key and value. `chain` and `current` are the migration
 * chain and the current version (parameters so the mechanism can be tested).
 */
export function classifyEntry(
  key: string,
  raw: string,
  chain: readonly Migration[] = MIGRATIONS,
  current: number = FORMAT_VERSION,
): StoredEntry {
  if (!key.startsWith(ROOT)) return { kind: 'other' };
  if (key.startsWith(BACKUP_PREFIX)) {
    const info = parseBackupKey(key);
    return info ? { kind: 'backup', info } : { kind: 'other' };
  }
  const match = /^some-veilederen:v(\d+):(vurdering|konto):(.*)$/s.exec(key);
  const version = Number(/^some-veilederen:v(\d+):/.exec(key)?.[1] ?? NaN);
  if (!Number.isInteger(version) || version < 1) return { kind: 'other' };
  if (version > current) return { kind: 'newer', version };
  if (!match) {
    // The active selection and the last-export time are plain strings whose shape has not changed
    // between versions; an older version's value is carried over to the current key by the store.
    const migratedFrom = version < current ? { migratedFrom: version } : {};
    if (key === versionPrefix(version) + 'aktiv') {
      return is(idSchema, raw) || raw === ''
        ? { kind: 'active', value: raw, ...migratedFrom }
        : { kind: 'invalid', what: 'Valget av aktiv vurdering', reason: 'verdien er ikke en gyldig id.' };
    }
    if (key === versionPrefix(version) + 'sist-eksportert') {
      return is(isoDateTime, raw)
        ? { kind: 'last-export', value: raw, ...migratedFrom }
        : { kind: 'invalid', what: 'Tidspunktet for siste eksport', reason: 'verdien er ikke et gyldig tidspunkt.' };
    }
    return { kind: 'other' };
  }
  const part = match[2] as 'vurdering' | 'konto';
  const keyId = match[3];
  const what = WHAT[part];
  const parsed = parseJson(raw);
  if (!parsed.ok) return { kind: 'invalid', what, reason: 'verdien er ikke gyldig JSON (den kan være avkuttet eller redigert for hånd).' };
  const shape = findShapeProblem(parsed.value);
  if (shape) {
    return {
      kind: 'invalid',
      what,
      reason:
        shape.kind === 'forbidden-key' ? `verdien inneholder den ikke tillatte nøkkelen «${shape.key}».` : 'verdien er nøstet for dypt.',
    };
  }
  let value = parsed.value;
  if (version < current) {
    const list = part === 'vurdering' ? 'assessments' : 'accounts';
    const wrapped = { format: FORMAT, version, assessments: [], accounts: [], [list]: [value] };
    const migrated = migrate(wrapped, version, chain, current);
    if (!migrated.ok) return { kind: 'invalid', what, reason: migrated.message };
    value = (migrated.data[list] as unknown[] | undefined)?.[0];
  }
  const checked = part === 'vurdering' ? check(assessment, value) : check(account, value);
  if (!checked.ok) return { kind: 'invalid', what, reason: problemText(fieldProblem(checked.problem)) };
  if (checked.value.id !== keyId)
    return { kind: 'invalid', what, reason: `id-en i verdien («${checked.value.id}») stemmer ikke med nøkkelen.` };
  const migratedFrom = version < current ? { migratedFrom: version } : {};
  return part === 'vurdering'
    ? { kind: 'assessment', id: keyId, value: checked.value as Assessment, ...migratedFrom }
    : { kind: 'account', id: keyId, value: checked.value as Account, ...migratedFrom };
}

/** The key a valid entry is kept under in the current version. */
export function currentKey(entry: { kind: 'assessment' | 'account'; id: string } | { kind: 'active' | 'last-export' }): string {
  if (entry.kind === 'active') return ACTIVE_KEY;
  if (entry.kind === 'last-export') return LAST_EXPORT_KEY;
  return (entry.kind === 'assessment' ? ASSESSMENT_PREFIX : ACCOUNT_PREFIX) + (entry as { id: string }).id;
}

/**
 * Whether a write based on `base` would overwrite a newer change: true when
 * the stored value is valid and was changed after the version this tab
 * based its change on.
 */
export function isNewerElsewhere(stored: { updatedAt: string } | null, base: { updatedAt: string } | null): boolean {
  if (!stored) return false;
  if (!base) return true;
  return stored.updatedAt > base.updatedAt;
}

/** The newest change in the workspace (ISO), or '' when it is empty. */
function latestChange(items: readonly { updatedAt: string }[]): string {
  return items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '');
}

/** Whether there are changes the user has not exported since `lastExport`. */
export function hasUnexportedChanges(items: readonly { updatedAt: string }[], lastExport: string): boolean {
  const latest = latestChange(items);
  return latest !== '' && (lastExport === '' || latest > lastExport);
}

/** How long an assessment may go without an export before Mine vurderinger reminds the user. */
export const EXPORT_REMINDER_DAYS = 30;

/**
 * The assessments that changed and have not been exported for
 * EXPORT_REMINDER_DAYS days: changed after the last export, and either never
 * exported since they were created that long ago, or last exported that long ago.
 */
export function overdueForExport<T extends { createdAt: string; updatedAt: string }>(
  items: readonly T[],
  lastExport: string,
  now: Date,
): T[] {
  const limit = new Date(now.getTime() - EXPORT_REMINDER_DAYS * 86_400_000).toISOString();
  return items.filter(
    (item) => (lastExport === '' || item.updatedAt > lastExport) && (lastExport === '' ? item.createdAt : lastExport) <= limit,
  );
}
