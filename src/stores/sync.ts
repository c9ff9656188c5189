/**
 * The workspace in memory, kept in step with storage and with other tabs.
 *
 * - The stores start on first use (`onMount`): they read every key, listen to
 *   other tabs' changes, and read again when the page comes back from the
 *   back/forward cache (`pageshow`), since storage events are missed there.
 * - Every value read is validated. One that fails is moved to a backup key
 *   before anything else happens to its key, and the user is told.
 * - `guardOverwrite` is the one check before a key is overwritten or removed:
 *   changed by another tab, or unreadable (then it is backed up first).
 */
import { atom, batch, computed, map, onMount, readonlyType } from 'nanostores';
import { FORMAT_VERSION, account, assessment, type Account, type Assessment } from '../lib/model/schema';
import {
  ACCOUNT_PREFIX,
  ACTIVE_KEY,
  ASSESSMENT_PREFIX,
  LAST_EXPORT_KEY,
  classifyEntry,
  currentKey,
  hasUnexportedChanges,
} from '../lib/workspace/stored';
import { currentEngine, keys, known, read, remove, write, writeKnown } from './io';
import { backUp, forgetStoredBackup, knowBackup, notify } from './notices';
import { forgetOwnWrites, takeIncoming } from './own-writes';

const assessmentMap = map<Record<string, Assessment>>({});
const accountMap = map<Record<string, Account>>({});
const activeId = atom<string>('');
const lastExport = atom<string>('');

/** Valid assessments by id. */
export const $assessmentMap = readonlyType(assessmentMap);
/** The municipality's account register by id. */
export const $accountMap = readonlyType(accountMap);
/** The id of the assessment the tools are working on (each tab keeps its own; a new tab starts with the last chosen). */
export const $activeId = readonlyType(activeId);
/** When the user last exported (ISO), or ''. */
export const $lastExport = readonlyType(lastExport);

const has = <T>(record: Record<string, T>, id: string) => Object.prototype.hasOwnProperty.call(record, id);

/** All valid assessments, newest change first. */
export const $assessments = computed(assessmentMap, (all) =>
  Object.values(all).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title, 'nb')),
);
/** The active assessment, or null when none is chosen or it no longer exists. */
export const $activeAssessment = computed([assessmentMap, activeId], (all, id) => (id && has(all, id) ? all[id] : null));
/** All valid accounts, by platform and name. */
export const $accounts = computed(accountMap, (all) =>
  Object.values(all).sort((a, b) => a.platform.localeCompare(b.platform, 'nb') || a.name.localeCompare(b.name, 'nb')),
);
/** Whether something changed after the last export. */
export const $unexported = computed([$assessments, $accounts, lastExport], (assessments, accounts, last) =>
  hasUnexportedChanges([...assessments, ...accounts], last),
);

/* ---------------- In memory (for the actions) ---------------- */

export const assessmentById = (id: string): Assessment | undefined => (has(assessmentMap.get(), id) ? assessmentMap.get()[id] : undefined);
export const accountById = (id: string): Account | undefined => (has(accountMap.get(), id) ? accountMap.get()[id] : undefined);
export const setAssessmentInMemory = (id: string, value: Assessment | undefined) => assessmentMap.setKey(id, value);
export const setAccountInMemory = (id: string, value: Account | undefined) => accountMap.setKey(id, value);
export function mergeInMemory(assessments: Assessment[], accounts: Account[]): void {
  batch(() => {
    for (const a of assessments) assessmentMap.setKey(a.id, a);
    for (const a of accounts) accountMap.setKey(a.id, a);
  });
}
/** Every valid assessment and account, read from storage first if nothing has been read yet. */
export function workspaceSnapshot(): { assessments: Record<string, Assessment>; accounts: Record<string, Account> } {
  ensureLoaded();
  return { assessments: assessmentMap.get(), accounts: accountMap.get() };
}
/** Chooses the active assessment ('' for none) and remembers it for new tabs. */
export function selectAssessment(id: string): void {
  if (id === '') remove(ACTIVE_KEY);
  else write(ACTIVE_KEY, id);
  activeId.set(id);
}
export function setLastExport(at: string): void {
  writeKnown(LAST_EXPORT_KEY, at);
  lastExport.set(at);
}

/* ---------------- Reading ---------------- */

function setMemoryFor(key: string, value: Assessment | Account | undefined) {
  if (key.startsWith(ASSESSMENT_PREFIX)) assessmentMap.setKey(key.slice(ASSESSMENT_PREFIX.length), value as Assessment | undefined);
  else if (key.startsWith(ACCOUNT_PREFIX)) accountMap.setKey(key.slice(ACCOUNT_PREFIX.length), value as Account | undefined);
}

/** One message for every value moved up from an older version of the format (shown once per version). */
function migratedNotice(from: number) {
  notify(
    'migrated',
    String(from),
    'info',
    `Dataene i nettleseren ble oppdatert fra versjon ${from} til versjon ${FORMAT_VERSION} av formatet. Ingenting dere har skrevet er endret eller slettet, ` +
      'og de opprinnelige verdiene er tatt vare på som sikkerhetskopier i nettleseren. Eksporter gjerne arbeidsområdet til fil nå.',
  );
}

/** Reads one key and brings memory in step with it. */
export function load(key: string, raw: string | null, fromOtherTab: boolean): void {
  if (raw === null) {
    known.delete(key);
    if (key.startsWith(ASSESSMENT_PREFIX) || key.startsWith(ACCOUNT_PREFIX)) setMemoryFor(key, undefined);
    else if (key === LAST_EXPORT_KEY) lastExport.set('');
    else forgetStoredBackup(key);
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
        if (writeKnown(target, JSON.stringify(entry.value))) {
          backUp(key, raw, true);
          migratedNotice(entry.migratedFrom);
        }
        // If the write failed, the old key stays as it is and the value is used from memory.
      } else {
        known.set(key, raw);
      }
      // From another tab: this tab's own recent write is put back if that tab wrote without it (own-writes.ts).
      if (entry.kind === 'assessment')
        assessmentMap.setKey(entry.id, fromOtherTab ? takeIncoming(key, entry.value, assessment) : entry.value);
      else accountMap.setKey(entry.id, fromOtherTab ? takeIncoming(key, entry.value, account) : entry.value);
      return;
    }
    case 'active':
    case 'last-export': {
      if (entry.migratedFrom !== undefined) {
        // Carried over to the current key unless that already has a value; the old key is removed
        // only after the copy was written.
        const target = currentKey(entry);
        if (read(target) !== null) return;
        if (writeKnown(target, entry.value)) remove(key);
      }
      if (entry.kind === 'active') {
        if (!fromOtherTab) activeId.set(entry.value);
      } else lastExport.set(entry.value);
      return;
    }
    case 'backup':
      knowBackup(entry.info);
      return;
    case 'invalid': {
      // Never use it, never drop it: move it to a backup key and tell the user.
      setMemoryFor(key, undefined);
      known.delete(key);
      const info = backUp(key, raw, true);
      notify(
        'unreadable',
        key,
        'warning',
        `${entry.what} kunne ikke leses og er flyttet til en sikkerhetskopi: ${entry.reason} Resten av dataene er i orden. Last ned sikkerhetskopien hvis dere vil ta vare på den.`,
        info,
      );
      return;
    }
    case 'newer':
      notify(
        'newer-version',
        String(entry.version),
        'warning',
        `Nettleseren har data fra versjon ${entry.version} av SoMe-veilederen, som er nyere enn denne utgaven. De er latt helt urørt og vises ikke her. Bruk den nyere utgaven for å se dem.`,
      );
      return;
    default:
      return;
  }
}

function loadAll(fromOtherTab: boolean) {
  const stored = keys();
  batch(() => {
    const present = new Set(stored);
    for (const id of Object.keys(assessmentMap.get()))
      if (!present.has(ASSESSMENT_PREFIX + id)) load(ASSESSMENT_PREFIX + id, null, fromOtherTab);
    for (const id of Object.keys(accountMap.get())) if (!present.has(ACCOUNT_PREFIX + id)) load(ACCOUNT_PREFIX + id, null, fromOtherTab);
    for (const key of stored.sort()) {
      const raw = read(key);
      if (raw !== null && known.get(key) === raw) continue;
      load(key, raw, fromOtherTab);
    }
  });
}

function onStorageKey(key: string | null) {
  if (key === null) {
    loadAll(true);
    return;
  }
  const raw = read(key);
  if (raw !== null && known.get(key) === raw) return;
  batch(() => load(key, raw, true));
}

/* ---------------- Start on first use ---------------- */

let loaded = false;
let listening = 0;
let stopListening: (() => void) | null = null;

/** Reads storage once if nothing has been read yet (actions call it, so they work before any view mounts). */
export function ensureLoaded(): void {
  if (loaded) return;
  loaded = true;
  loadAll(false);
}

/** Reads everything again (used by tests and when another tab cleared storage). */
export function reloadFromStorage(): void {
  loaded = true;
  loadAll(false);
}

function onPageShow(event: PageTransitionEvent) {
  // Back from the back/forward cache: other tabs may have written meanwhile.
  if (event.persisted) loadAll(true);
}

function startListening(): () => void {
  ensureLoaded();
  if (listening++ === 0) {
    const unsubscribe = currentEngine().subscribe(onStorageKey);
    if (typeof window !== 'undefined') window.addEventListener('pageshow', onPageShow);
    stopListening = () => {
      unsubscribe();
      if (typeof window !== 'undefined') window.removeEventListener('pageshow', onPageShow);
    };
  }
  return () => {
    if (--listening === 0) {
      stopListening?.();
      stopListening = null;
      // Changes from other tabs are no longer followed: read again at the next use.
      loaded = false;
    }
  };
}

for (const store of [assessmentMap, accountMap, activeId, lastExport]) onMount(store, startListening);

/** For tests: forget everything in memory and use the current engine from scratch. */
export function resetMemory(): void {
  stopListening?.();
  stopListening = null;
  known.clear();
  forgetOwnWrites();
  batch(() => {
    assessmentMap.set({});
    accountMap.set({});
    activeId.set('');
    lastExport.set('');
  });
  loaded = false;
  if (listening > 0) {
    const count = listening;
    listening = 0;
    for (let i = 0; i < count; i++) startListening();
  }
}
