/**
 * The prefix of every key the site keeps in the browser's storage, and the keys of
 * backups. On its own, with no imports, so that a page can ask whether anything is
 * stored (src/stores/presence.ts), and the risk method page can back up a value
 * (src/stores/notices.ts), without loading the model and its validator.
 */
export const ROOT = 'some-veilederen:';
export const BACKUP_PREFIX = `${ROOT}backup:`;

/** The backup key for a value moved away at `at`: `some-veilederen:backup:<ISO time>:<original key>`. */
export function backupKey(originalKey: string, at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString()}:${originalKey}`;
}

export interface BackupInfo {
  key: string;
  originalKey: string;
  /** When the backup was made (ISO 8601). */
  at: string;
}

/** A file name for downloading a backup, e.g. `sikkerhetskopi-2026-11-22T10-00-00-vurdering-v-abc.txt`. */
export function backupFileName(info: BackupInfo): string {
  const stamp = info.at.slice(0, 19).replace(/:/g, '-');
  const what = info.originalKey.replace(/^some-veilederen:(v\d+:)?/, '').replace(/[^A-Za-z0-9_-]+/g, '-');
  return `sikkerhetskopi-${stamp}-${what}.txt`;
}
