/**
 * Notices to the user about stored data, and the backups they point to.
 *
 * A notice carries a stable `code`; code never matches on its Norwegian text.
 * A notice is shown once: the same code about the same subject is not added
 * again while it is on screen, however often the cause repeats.
 */
import { atom, readonlyType } from 'nanostores';
import { backupKey, type BackupInfo } from '../lib/workspace/root';
import { newId } from '../lib/model/ids';
import { now, read, remove, write } from './io';

export type NoticeCode =
  /** A value of an older format was brought up to date; the original is a backup. */
  | 'migrated'
  /** A stored value could not be read and was moved to a backup. */
  | 'unreadable'
  /** A value another tab wrote could not be read; it was backed up before being replaced. */
  | 'unreadable-replaced'
  /** Another tab changed the same field; its version was kept, this tab's is a backup. */
  | 'conflict'
  /** Another tab changed an assessment this tab tried to delete; nothing was deleted. */
  | 'conflict-not-deleted'
  /** The browser holds data of a newer version of the app; left alone. */
  | 'newer-version'
  /** Unsaved text from a form was found and put back. */
  | 'draft-restored'
  /** The export code, loaded when the user first exports, could not be loaded; nothing changed. */
  | 'export-unavailable';

export interface Notice {
  id: string;
  code: NoticeCode;
  /** What the notice is about (a storage key, a version, a form), so it is shown once per subject. */
  subject: string;
  /** 'warning' for something the user must know (backup, conflict), 'info' otherwise. */
  level: 'warning' | 'info';
  text: string;
  /** A backup the user can download. */
  backup?: BackupInfo;
}

export interface Backup extends BackupInfo {
  /** The raw value, when it could not be written to storage (kept in memory). */
  raw?: string;
}

const $noticeList = atom<Notice[]>([]);
const $backupList = atom<Backup[]>([]);
/** Messages to the user about what happened to stored data. */
export const $notices = readonlyType($noticeList);
/** Backups of stored values that could not be used, newest first. */
export const $backups = readonlyType($backupList);

/** Shows a notice unless the same code about the same subject is already shown. */
export function notify(code: NoticeCode, subject: string, level: Notice['level'], text: string, backup?: BackupInfo): void {
  if ($noticeList.get().some((n) => n.code === code && n.subject === subject)) return;
  $noticeList.set([...$noticeList.get(), { id: newId('n'), code, subject, level, text, ...(backup ? { backup } : {}) }]);
}

export function dismissNotice(id: string): void {
  $noticeList.set($noticeList.get().filter((n) => n.id !== id));
}

/** Conflict backups made by this tab, by original key: one conflict keeps one backup. */
const conflictBackups = new Map<string, string>();

/**
 * Keeps a raw value under a backup key. The original key is removed only when
 * the backup was written; otherwise it stays (and the backup lives in memory
 * so the user can still download it). With `once`, later backups of the same
 * key from this tab replace the first one instead of adding keys.
 */
export function backUp(originalKey: string, raw: string, removeOriginal: boolean, once = false): BackupInfo & { saved: boolean } {
  const earlier = once ? conflictBackups.get(originalKey) : undefined;
  const previous = earlier ? $backupList.get().find((b) => b.key === earlier) : undefined;
  let info: BackupInfo;
  if (previous) {
    info = { key: previous.key, originalKey, at: previous.at };
  } else {
    let at = now();
    let key = backupKey(originalKey, at);
    while (read(key) !== null) {
      at = new Date(at.getTime() + 1);
      key = backupKey(originalKey, at);
    }
    info = { key, originalKey, at: at.toISOString() };
  }
  const saved = write(info.key, raw);
  if (saved && removeOriginal) remove(originalKey);
  if (once) conflictBackups.set(originalKey, info.key);
  $backupList.set([{ ...info, ...(saved ? {} : { raw }) }, ...$backupList.get().filter((b) => b.key !== info.key)]);
  return { ...info, saved };
}

/** Records a backup key found in storage. */
export function knowBackup(info: BackupInfo): void {
  if ($backupList.get().some((b) => b.key === info.key)) return;
  $backupList.set([info, ...$backupList.get()].sort((a, b) => b.at.localeCompare(a.at)));
}

/** Forgets a backup key that another tab removed (one kept only in memory stays). */
export function forgetStoredBackup(key: string): void {
  $backupList.set($backupList.get().filter((b) => b.key !== key || b.raw !== undefined));
}

/** The raw text of a backup, for download. */
export function backupContent(key: string): string | null {
  return $backupList.get().find((b) => b.key === key)?.raw ?? read(key);
}

/** Deletes a backup the user no longer needs. */
export function deleteBackup(key: string): void {
  remove(key);
  $backupList.set($backupList.get().filter((b) => b.key !== key));
  $noticeList.set($noticeList.get().filter((n) => n.backup?.key !== key));
}

/** For tests: no notices, no backups. */
export function resetNotices(): void {
  $noticeList.set([]);
  $backupList.set([]);
  conflictBackups.clear();
}
