/**
 * The workspace in the browser: nanostores over localStorage, one key per
 * assessment and per account (so two tabs that edit different things never
 * overwrite each other), every stored value validated against the model schema.
 *
 * The tools use only this API: the stores and the update functions below.
 *
 * What it guarantees (the decisions live in src/lib/workspace/):
 * - A stored value that fails validation is moved to a backup key
 *   (`some-veilederen:backup:<time>:<key>`) before anything else happens to
 *   its key, the user is told, and the rest goes on. Nothing is deleted
 *   without a backup.
 * - When localStorage cannot be used or is full, everything keeps working in
 *   memory and `$storageStatus` says so (StorageStatus shows a warning).
 * - Other tabs' changes arrive through storage events; a write never replaces
 *   a value another tab changed after the version this tab based its change
 *   on. The newer value is kept, this tab's change is saved as a backup, and
 *   the user is told.
 */
import { atom, computed, map, batch } from 'nanostores';
import { check, type Problem } from '../lib/model/check';
import { version as APP_VERSION } from '../../package.json';
import { assessment, account, emptyAssessment, FORMAT_VERSION, type Assessment, type Account } from '../lib/model/schema';
import { newId } from '../lib/model/ids';
import {
  ACCOUNT_PREFIX,
  ACTIVE_KEY,
  ASSESSMENT_PREFIX,
  LAST_EXPORT_KEY,
  STORAGE_PREFIX,
  backupKey,
  classifyEntry,
  currentKey,
  hasUnexportedChanges,
  isNewerElsewhere,
  type BackupInfo,
} from '../lib/workspace/stored';
import { buildExportFile, exportFileName, serializeFile } from '../lib/workspace/export-file';
import type { ImportPlan } from '../lib/workspace/import-plan';
import { fieldProblem } from '../lib/workspace/issues';
import { isQuotaError, resolveEngine, type StorageEngine } from './storage-engine';

export { STORAGE_PREFIX, ASSESSMENT_PREFIX, ACCOUNT_PREFIX, ACTIVE_KEY, LAST_EXPORT_KEY, APP_VERSION };

/* ---------------- Status and notices ---------------- */

export interface StorageStatus {
  /** Why changes are kept only in this tab, or null when they are saved in the browser. */
  problem: null | 'unavailable' | 'full';
}
export interface Notice {
  id: string;
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

let engine: StorageEngine;
const resolved = resolveEngine();
engine = resolved.engine;

/** Whether the workspace is being saved in the browser, and if not, why. */
export const $storageStatus = atom<StorageStatus>({ problem: resolved.problem });
/** Messages to the user about what happened to stored data. */
export const $notices = atom<Notice[]>([]);
/** Backups of stored values that could not be used, newest first. */
export const $backups = atom<Backup[]>([]);
/** When the user last exported (ISO), or ''. */
export const $lastExport = atom<string>('');

/** A clock the tests can replace. */
export const clock = atom<() => Date>(() => new Date());

function notify(level: Notice['level'], text: string, backup?: BackupInfo) {
  $notices.set([...$notices.get(), { id: newId('n'), level, text, ...(backup ? { backup } : {}) }]);
}
export function dismissNotice(id: string): void {
  $notices.set($notices.get().filter((n) => n.id !== id));
}

function markFailure(error: unknown) {
  const problem = isQuotaError(error) ? 'full' : 'unavailable';
  if ($storageStatus.get().problem !== problem) $storageStatus.set({ problem });
}

/** Writes one key; false (and the status says why) when the browser refused. */
function write(key: string, value: string): boolean {
  try {
    engine.set(key, value);
    return true;
  } catch (error) {
    markFailure(error);
    return false;
  }
}
function remove(key: string): boolean {
  try {
    engine.remove(key);
    return true;
  } catch (error) {
    markFailure(error);
    return false;
  }
}
function read(key: string): string | null {
  try {
    return engine.get(key);
  } catch {
    return null;
  }
}

/**
 * Keeps a raw value under a backup key. The original key is removed only when
 * the backup was written; otherwise it stays (and the backup lives in memory
 * so the user can still download it).
 */
function backUp(originalKey: string, raw: string, removeOriginal: boolean): BackupInfo & { saved: boolean } {
  let at = clock.get()();
  let key = backupKey(originalKey, at);
  while (read(key) !== null) {
    at = new Date(at.getTime() + 1);
    key = backupKey(originalKey, at);
  }
  const info: BackupInfo = { key, originalKey, at: at.toISOString() };
  const saved = write(key, raw);
  if (saved && removeOriginal) remove(originalKey);
  $backups.set([{ ...info, ...(saved ? {} : { raw }) }, ...$backups.get().filter((b) => b.key !== key)]);
  return { ...info, saved };
}

/** The raw text of a backup, for download. */
export function backupContent(key: string): string | null {
  return $backups.get().find((b) => b.key === key)?.raw ?? read(key);
}
/** Deletes a backup the user no longer needs. */
export function deleteBackup(key: string): void {
  remove(key);
  $backups.set($backups.get().filter((b) => b.key !== key));
  $notices.set($notices.get().filter((n) => n.backup?.key !== key));
}

/* ---------------- The data ---------------- */

type Internal<T> = { set(value: Record<string, T>): void; setKey(key: string, value: T | undefined): void };

/** Valid assessments by id. */
export const $assessmentMap = map<Record<string, Assessment>>({});
/** The municipality's account register by id. */
export const $accountMap = map<Record<string, Account>>({});
/** The id of the assessment the tools are working on (each tab keeps its own; a new tab starts with the last chosen). */
export const $activeId = atom<string>('');

// The plain in-memory setters; the public ones below also save.
const assessmentsMemory: Internal<Assessment> = { set: $assessmentMap.set.bind($assessmentMap), setKey: $assessmentMap.setKey.bind($assessmentMap) };
const accountsMemory: Internal<Account> = { set: $accountMap.set.bind($accountMap), setKey: $accountMap.setKey.bind($accountMap) };
const activeMemory = $activeId.set.bind($activeId);

/** The version of each key this tab last read or wrote, to detect other tabs' changes. */
const known = new Map<string, string>();

const valid = <T>(record: Record<string, T>): T[] => Object.values(record);

/** All valid assessments, newest change first. */
export const $assessments = computed($assessmentMap, (all) =>
  valid(all).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title, 'nb')),
);
/** The active assessment, or null when none is chosen or it no longer exists. */
export const $activeAssessment = computed([$assessmentMap, $activeId], (all, id) =>
  (id && Object.prototype.hasOwnProperty.call(all, id) ? all[id] : null) ?? null,
);
/** All valid accounts, by platform and name. */
export const $accounts = computed($accountMap, (all) =>
  valid(all).sort((a, b) => a.platform.localeCompare(b.platform, 'nb') || a.name.localeCompare(b.name, 'nb')),
);
/** Whether something changed after the last export. */
export const $unexported = computed([$assessments, $accounts, $lastExport], (assessments, accounts, last) =>
  hasUnexportedChanges([...assessments, ...accounts], last),
);

/* ---------------- Reading ---------------- */

/** One message for every value moved up from an older version of the format. */
function migratedNotice(from: number) {
  const text =
    `Dataene i nettleseren ble oppdatert fra versjon ${from} til versjon ${FORMAT_VERSION} av formatet. Ingenting dere har skrevet er endret eller slettet, ` +
    'og de opprinnelige verdiene er tatt vare på som sikkerhetskopier i nettleseren. Eksporter gjerne arbeidsområdet til fil nå.';
  if (!$notices.get().some((n) => n.text === text)) notify('info', text);
}

/** Reads one key and brings memory in step with it. */
function load(key: string, raw: string | null, fromOtherTab: boolean) {
  if (raw === null) {
    known.delete(key);
    if (key.startsWith(ASSESSMENT_PREFIX)) assessmentsMemory.setKey(key.slice(ASSESSMENT_PREFIX.length), undefined);
    else if (key.startsWith(ACCOUNT_PREFIX)) accountsMemory.setKey(key.slice(ACCOUNT_PREFIX.length), undefined);
    else if (key === LAST_EXPORT_KEY) $lastExport.set('');
    else $backups.set($backups.get().filter((b) => b.key !== key || b.raw !== undefined));
    return;
  }
  const entry = classifyEntry(key, raw);
  switch (entry.kind) {
    case 'assessment':
    case 'account': {
      if (entry.migratedFrom !== undefined) {
        // An older version's key (see src/lib/workspace/stored.ts): keep the value under the current
        // key, then move the old one to a backup. A value already under the current key wins.
        const target = currentKey(entry);
        if (read(target) !== null) {
          backUp(key, raw, true);
          migratedNotice(entry.migratedFrom);
          return;
        }
        const encoded = JSON.stringify(entry.value);
        if (write(target, encoded)) {
          known.set(target, encoded);
          backUp(key, raw, true);
          migratedNotice(entry.migratedFrom);
        }
        // If the write failed, the old key stays as it is and the value is used from memory.
      } else {
        known.set(key, raw);
      }
      if (entry.kind === 'assessment') assessmentsMemory.setKey(entry.id, entry.value);
      else accountsMemory.setKey(entry.id, entry.value);
      return;
    }
    case 'active':
    case 'last-export': {
      if (entry.migratedFrom !== undefined) {
        // Carried over to the current key unless that already has a value; the old key is removed
        // only after the copy was written.
        const target = currentKey(entry);
        if (read(target) !== null) return;
        if (write(target, entry.value)) {
          known.set(target, entry.value);
          remove(key);
        }
      }
      if (entry.kind === 'active') {
        if (!fromOtherTab) activeMemory(entry.value);
      } else $lastExport.set(entry.value);
      return;
    }
    case 'backup':
      if (!$backups.get().some((b) => b.key === key)) $backups.set([entry.info, ...$backups.get()].sort((a, b) => b.at.localeCompare(a.at)));
      return;
    case 'invalid': {
      // Never use it, never drop it: move it to a backup key and tell the user.
      if (key.startsWith(ASSESSMENT_PREFIX)) assessmentsMemory.setKey(key.slice(ASSESSMENT_PREFIX.length), undefined);
      if (key.startsWith(ACCOUNT_PREFIX)) accountsMemory.setKey(key.slice(ACCOUNT_PREFIX.length), undefined);
      known.delete(key);
      const info = backUp(key, raw, true);
      notify(
        'warning',
        `${entry.what} kunne ikke leses og er flyttet til en sikkerhetskopi: ${entry.reason} Resten av dataene er i orden. Last ned sikkerhetskopien hvis dere vil ta vare på den.`,
        info,
      );
      return;
    }
    case 'newer':
      if (!$notices.get().some((n) => n.text.includes(`versjon ${entry.version} `))) {
        notify(
          'warning',
          `Nettleseren har data fra versjon ${entry.version} av SoMe-veilederen, som er nyere enn denne utgaven. De er latt helt urørt og vises ikke her. Bruk den nyere utgaven for å se dem.`,
        );
      }
      return;
    default:
      return;
  }
}

function loadAll(fromOtherTab: boolean) {
  let keys: string[];
  try {
    keys = engine.keys();
  } catch {
    keys = [];
  }
  batch(() => {
    const ours = new Set(keys);
    for (const id of Object.keys($assessmentMap.get())) if (!ours.has(ASSESSMENT_PREFIX + id)) load(ASSESSMENT_PREFIX + id, null, fromOtherTab);
    for (const id of Object.keys($accountMap.get())) if (!ours.has(ACCOUNT_PREFIX + id)) load(ACCOUNT_PREFIX + id, null, fromOtherTab);
    for (const key of keys.sort()) {
      const raw = read(key);
      if (raw !== null && known.get(key) === raw) continue;
      load(key, raw, fromOtherTab);
    }
  });
}

/** Reads everything again (used at start, by tests and when another tab cleared storage). */
export function reloadFromStorage(): void {
  loadAll(false);
}

loadAll(false);
engine.subscribe((key) => {
  if (key === null) {
    loadAll(true);
    return;
  }
  const raw = read(key);
  if (raw !== null && known.get(key) === raw) return;
  batch(() => load(key, raw, true));
});

/* ---------------- Writing ---------------- */

/** The later of now and just after `previous`, so a change is always newer than what it replaced. */
function stamp(previous?: string): string {
  const now = clock.get()();
  if (previous) {
    const after = new Date(Date.parse(previous) + 1);
    if (after > now) return after.toISOString();
  }
  return now.toISOString();
}

/**
 * Saves one item unless another tab changed it after `base`. Returns false on
 * such a conflict: the newer stored value is then loaded, this tab's version is
 * kept as a backup, and the user is told.
 */
function save<T extends { id: string; updatedAt: string }>(key: string, next: T, base: T | null, label: string): boolean {
  const storedRaw = read(key);
  if (storedRaw !== null && storedRaw !== known.get(key)) {
    const entry = classifyEntry(key, storedRaw);
    if (entry.kind === 'invalid') {
      // Someone wrote an unusable value: keep it before it is replaced.
      const info = backUp(key, storedRaw, false);
      notify('warning', `${entry.what} i lagringen kunne ikke leses og er tatt vare på som sikkerhetskopi før den ble erstattet: ${entry.reason}`, info);
      // Without a stored backup the unusable value stays where it is; the change lives in memory.
      if (!info.saved) return true;
    } else if ((entry.kind === 'assessment' || entry.kind === 'account') && isNewerElsewhere(entry.value, base)) {
      const mine = JSON.stringify(next);
      const info = backUp(`${key}:denne-fanen`, mine, false);
      load(key, storedRaw, true);
      notify(
        'warning',
        `${label} ble endret i en annen fane etter at denne fanen hentet den. Den nyeste versjonen er beholdt og vises nå. Endringen dere nettopp gjorde her, er ikke gått tapt: den er lagret som sikkerhetskopi dere kan laste ned.`,
        info,
      );
      return false;
    }
  }
  const encoded = JSON.stringify(next);
  if (write(key, encoded)) known.set(key, encoded);
  return true;
}

function validationMessage(prefix: string, found: Problem): string {
  const problem = fieldProblem(found);
  return `${prefix}: ${problem.path !== '(roten)' ? `${problem.where}: ` : ''}${problem.message}`;
}

export function createAssessment(meta: { title: string; platform: string; unit: string; owner: string }): Assessment {
  const draft = emptyAssessment({ id: newId('v'), ...meta }, clock.get()());
  const checked = check(assessment, draft);
  if (!checked.ok) throw new Error(validationMessage('Vurderingen ble ikke opprettet', checked.problem));
  const created = checked.value;
  save(ASSESSMENT_PREFIX + created.id, created, null, 'Vurderingen');
  assessmentsMemory.setKey(created.id, created);
  $activeId.set(created.id);
  return created;
}

/**
 * Changes one assessment through a pure recipe and stamps updatedAt. A recipe
 * returning an invalid assessment is refused (throws), so nothing invalid is stored.
 */
export function updateAssessment(id: string, recipe: (current: Assessment) => Assessment): void {
  const current = Object.prototype.hasOwnProperty.call($assessmentMap.get(), id) ? $assessmentMap.get()[id] : undefined;
  if (!current) throw new Error(`Fant ikke vurderingen «${id}».`);
  const next = { ...recipe(current), id, createdAt: current.createdAt, updatedAt: stamp(current.updatedAt) };
  const checked = check(assessment, next);
  if (!checked.ok) throw new Error(validationMessage('Endringen ble ikke lagret', checked.problem));
  if (save(ASSESSMENT_PREFIX + id, checked.value, current, `Vurderingen «${current.title}»`)) {
    assessmentsMemory.setKey(id, checked.value);
  }
}

export function deleteAssessment(id: string): void {
  const current = $assessmentMap.get()[id];
  if (!current) return;
  const key = ASSESSMENT_PREFIX + id;
  const storedRaw = read(key);
  if (storedRaw !== null && storedRaw !== known.get(key)) {
    const entry = classifyEntry(key, storedRaw);
    if (entry.kind === 'assessment' && isNewerElsewhere(entry.value, current)) {
      load(key, storedRaw, true);
      notify('warning', `Vurderingen «${entry.value.title}» ble endret i en annen fane og er derfor ikke slettet. Se over den nyeste versjonen før dere sletter.`);
      return;
    }
    if (entry.kind === 'invalid' && !backUp(key, storedRaw, false).saved) {
      // Never delete an unusable value that could not be backed up.
      assessmentsMemory.setKey(id, undefined);
      return;
    }
  }
  remove(key);
  known.delete(key);
  assessmentsMemory.setKey(id, undefined);
  if ($activeId.get() === id) $activeId.set('');
}

/** Puts back an assessment (undo of a delete, or a copy). */
export function restoreAssessment(item: Assessment): void {
  const checked = check(assessment, item);
  if (!checked.ok) throw new Error(validationMessage('Vurderingen ble ikke lagt tilbake', checked.problem));
  save(ASSESSMENT_PREFIX + item.id, checked.value, null, 'Vurderingen');
  assessmentsMemory.setKey(item.id, checked.value);
}

/** A copy of an assessment with a new id and "(kopi)" after its title; it becomes the active one. */
export function duplicateAssessment(id: string): Assessment {
  const source = $assessmentMap.get()[id];
  if (!source) throw new Error(`Fant ikke vurderingen «${id}».`);
  const now = clock.get()().toISOString();
  const title = `${source.title} (kopi)`.slice(0, 500);
  const copy = { ...structuredClone(source), id: newId('v'), title, createdAt: now, updatedAt: now };
  restoreAssessment(copy);
  $activeId.set(copy.id);
  return copy;
}

export function saveAccount(next: Account): void {
  const base = Object.prototype.hasOwnProperty.call($accountMap.get(), next.id) ? $accountMap.get()[next.id]! : null;
  const checked = check(account, { ...next, updatedAt: stamp(base?.updatedAt) });
  if (!checked.ok) throw new Error(validationMessage('Kontoen ble ikke lagret', checked.problem));
  if (save(ACCOUNT_PREFIX + next.id, checked.value, base, `Kontoen «${next.name || next.id}»`)) {
    accountsMemory.setKey(next.id, checked.value);
  }
}

export function deleteAccount(id: string): void {
  const key = ACCOUNT_PREFIX + id;
  const storedRaw = read(key);
  accountsMemory.setKey(id, undefined);
  if (storedRaw !== null && storedRaw !== known.get(key) && classifyEntry(key, storedRaw).kind === 'invalid') {
    // Never delete an unusable value that could not be backed up.
    if (!backUp(key, storedRaw, false).saved) return;
  }
  remove(key);
  known.delete(key);
}

// The maps and the active id also save when set directly (tests clear them with `set({})`).
$assessmentMap.set = (next: Record<string, Assessment>) => {
  batch(() => {
    for (const id of Object.keys($assessmentMap.get())) if (!Object.prototype.hasOwnProperty.call(next, id)) deleteAssessment(id);
    for (const item of Object.values(next)) restoreAssessment(item);
  });
};
$assessmentMap.setKey = ((id: string, item: Assessment | undefined) => {
  if (item === undefined) deleteAssessment(id);
  else restoreAssessment({ ...item, id });
}) as typeof $assessmentMap.setKey;
$accountMap.set = (next: Record<string, Account>) => {
  batch(() => {
    for (const id of Object.keys($accountMap.get())) if (!Object.prototype.hasOwnProperty.call(next, id)) deleteAccount(id);
    for (const item of Object.values(next)) saveAccount(item);
  });
};
$accountMap.setKey = ((id: string, item: Account | undefined) => {
  if (item === undefined) deleteAccount(id);
  else saveAccount({ ...item, id });
}) as typeof $accountMap.setKey;
$activeId.set = (id: string) => {
  if (id === '') remove(ACTIVE_KEY);
  else write(ACTIVE_KEY, id);
  activeMemory(id);
};

/* ---------------- Export and import ---------------- */

export interface ExportResult {
  fileName: string;
  text: string;
}

/** The whole workspace, or one assessment (with the accounts that point to it), as a file. */
export function exportWorkspace(assessmentId?: string): ExportResult {
  const now = clock.get()();
  const one = assessmentId ? $assessmentMap.get()[assessmentId] : undefined;
  if (assessmentId && !one) throw new Error(`Fant ikke vurderingen «${assessmentId}».`);
  const assessments = one ? [one] : [...$assessments.get()].reverse();
  const accounts = one ? $accounts.get().filter((a) => a.assessmentId === one.id) : $accounts.get();
  const file = buildExportFile(assessments, accounts, now, APP_VERSION);
  return { fileName: exportFileName(now, one), text: serializeFile(file) };
}

/** Records that the user has exported (the reminder in the assessment bar uses it). */
export function recordExport(): void {
  const at = clock.get()().toISOString();
  write(LAST_EXPORT_KEY, at);
  known.set(LAST_EXPORT_KEY, at);
  $lastExport.set(at);
}

/**
 * Applies the plan of a read and confirmed import (planImport in
 * src/lib/workspace/import-plan.ts, made just before), all or nothing: if the
 * browser refuses one write, every key written so far is put back as it was
 * and nothing changes (throws a Norwegian message).
 */
export function applyImportPlan(plan: ImportPlan): { assessments: number; accounts: number } {
  const writes: [string, string][] = [
    ...plan.assessments.map((a): [string, string] => [ASSESSMENT_PREFIX + a.id, JSON.stringify(a)]),
    ...plan.accounts.map((a): [string, string] => [ACCOUNT_PREFIX + a.id, JSON.stringify(a)]),
  ];
  const inMemoryOnly = $storageStatus.get().problem !== null;
  for (const [key] of writes) {
    const storedRaw = read(key);
    if (storedRaw !== null && storedRaw !== known.get(key) && classifyEntry(key, storedRaw).kind === 'invalid' && !backUp(key, storedRaw, false).saved) {
      throw new Error('Importen ble ikke gjennomført: en lagret verdi som ikke kan leses, ville blitt erstattet uten sikkerhetskopi. Ingenting ble endret.');
    }
  }
  if (!inMemoryOnly) {
    const before = writes.map(([key]) => [key, read(key)] as const);
    for (const [index, [key, value]] of writes.entries()) {
      try {
        engine.set(key, value);
      } catch (error) {
        for (const [oldKey, oldValue] of before.slice(0, index + 1)) {
          try {
            if (oldValue === null) engine.remove(oldKey);
            else engine.set(oldKey, oldValue);
          } catch {
            /* putting back an old value frees space; nothing more can be done here */
          }
        }
        throw new Error(
          isQuotaError(error)
            ? 'Importen ble ikke gjennomført fordi lagringsplassen i nettleseren er full. Ingenting ble endret.'
            : 'Importen ble ikke gjennomført fordi nettleseren ikke tillot lagring. Ingenting ble endret.',
        );
      }
    }
  }
  for (const [key, value] of writes) known.set(key, value);
  batch(() => {
    assessmentsMemory.set({ ...$assessmentMap.get(), ...Object.fromEntries(plan.assessments.map((a) => [a.id, a])) });
    accountsMemory.set({ ...$accountMap.get(), ...Object.fromEntries(plan.accounts.map((a) => [a.id, a])) });
  });
  return { assessments: plan.assessments.length, accounts: plan.accounts.length };
}

/** For tests: use another storage engine and read it (e.g. one that throws). */
export function useEngineForTests(next: StorageEngine, problem: StorageStatus['problem'] = null): void {
  engine = next;
  known.clear();
  $storageStatus.set({ problem });
  $notices.set([]);
  $backups.set([]);
  $lastExport.set('');
  assessmentsMemory.set({});
  accountsMemory.set({});
  activeMemory('');
  loadAll(false);
}
