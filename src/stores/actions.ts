/**
 * What the tools can do to the workspace. Every action returns a result
 * (`{ ok: true, value }` or `{ ok: false, code, message }`) and never throws;
 * the message is Norwegian and can be shown as it is.
 */
import { check, type Problem, type Schema } from '../lib/model/check';
import { account, assessment, emptyAssessment, type Account, type Assessment } from '../lib/model/schema';
import { newId } from '../lib/model/ids';
import { ACCOUNT_PREFIX, ASSESSMENT_PREFIX, isNewerElsewhere } from '../lib/workspace/stored';
import { fieldProblem } from '../lib/workspace/issues';
import { mergeThreeWay } from '../lib/workspace/merge';
import { known, now, read, refuse, remove, succeed, writeKnown, type Result } from './io';
import { METHOD_STORAGE_KEY, parseMethodFile } from '../lib/risk/method-file';
import { DEFAULT_METHOD } from '../lib/risk/method-presets';
import { backUp, notify } from './notices';
import {
  $activeId,
  accountById,
  assessmentById,
  ensureLoaded,
  load,
  selectAssessment,
  setAccountInMemory,
  setAssessmentInMemory,
} from './sync';
import { guardOverwrite } from './guard';
import { askForPersistence } from './persistence';
import { rememberOwnWrite } from './own-writes';

type ActionCode = 'invalid' | 'not-found' | 'changed-elsewhere';
export type ActionResult<T> = Result<T, ActionCode>;

/** The later of now and just after `previous`, so a change is always newer than what it replaced. */
function stamp(...previous: (string | undefined)[]): string {
  const at = now();
  const latest = previous
    .filter((p): p is string => !!p)
    .sort()
    .at(-1);
  if (latest) {
    const after = new Date(Date.parse(latest) + 1);
    if (after > at) return after.toISOString();
  }
  return at.toISOString();
}

function invalid(prefix: string, found: Problem) {
  const problem = fieldProblem(found);
  return refuse('invalid' as const, `${prefix}: ${problem.path !== '(roten)' ? `${problem.where}: ` : ''}${problem.message}`);
}

/**
 * Saves one item. When another tab stored a different version since this tab
 * read it, the two are merged field by field; a field both tabs changed keeps
 * the other tab's text, and this tab's is kept once as a backup (one notice).
 * Returns what is now stored.
 */
function save<T extends Assessment | Account>(key: string, next: T, base: T | null, label: string, schema: Schema<T>): T {
  const guard = guardOverwrite(key);
  let value = next;
  if (guard.state === 'backed-up' || guard.state === 'stuck') {
    notify(
      'unreadable-replaced',
      key,
      'warning',
      `${guard.what} i lagringen kunne ikke leses og er tatt vare på som sikkerhetskopi før den ble erstattet: ${guard.reason}`,
      guard.info,
    );
    // Without a stored backup the unusable value stays where it is; the change lives in memory.
    if (guard.state === 'stuck') return value;
  } else if (guard.state === 'changed') {
    const theirs = guard.entry.value as T;
    const merged = base ? mergeThreeWay(base, next, theirs) : { value: theirs, conflicts: ['(alt)'] };
    const candidate = { ...merged.value, updatedAt: next.updatedAt > theirs.updatedAt ? next.updatedAt : stamp(theirs.updatedAt) };
    const checked = check(schema, candidate);
    if (!checked.ok || merged.conflicts.length > 0) {
      const info = backUp(`${key}:denne-fanen`, JSON.stringify(next), false, true);
      notify(
        'conflict',
        key,
        'warning',
        `${label} ble endret i en annen fane mens dere skrev her, i det samme feltet. Den andre fanens tekst er beholdt. Det dere skrev her, er ikke gått tapt: det er lagret som sikkerhetskopi dere kan laste ned.`,
        info,
      );
    }
    if (!checked.ok) {
      load(key, guard.raw, true);
      return theirs;
    }
    value = checked.value;
  }
  if (writeKnown(key, JSON.stringify(value)) && base) rememberOwnWrite(key, guard.state === 'changed' ? guard.entry.value : base, value);
  askForPersistence();
  return value;
}

/**
 * Creates an assessment and makes it the active one.
 * Refuses (`invalid`) when the title, platform, unit or owner is too long or otherwise invalid.
 */
export function createAssessment(meta: {
  title: string;
  platform: string;
  unit: string;
  owner: string;
  municipality?: string;
}): ActionResult<Assessment> {
  ensureLoaded();
  // New assessments get the municipality's default method (src/stores/risk-method.ts), or the site's example.
  const stored = read(METHOD_STORAGE_KEY);
  const own = stored === null ? null : parseMethodFile(stored);
  const checked = check(assessment, emptyAssessment({ id: newId('v'), ...meta }, now(), own?.ok ? own.method : DEFAULT_METHOD));
  if (!checked.ok) return invalid('Vurderingen ble ikke opprettet', checked.problem);
  const created = save(ASSESSMENT_PREFIX + checked.value.id, checked.value, null, 'Vurderingen', assessment);
  setAssessmentInMemory(created.id, created);
  selectAssessment(created.id);
  return succeed(created);
}

/**
 * Changes one assessment through a pure recipe and stamps updatedAt.
 * Refuses (`not-found`) when the assessment does not exist, and (`invalid`)
 * when the recipe returns an invalid assessment: nothing invalid is stored.
 * A change another tab made meanwhile is merged in (see `save`).
 */
export function updateAssessment(id: string, recipe: (current: Assessment) => Assessment): ActionResult<Assessment> {
  ensureLoaded();
  const current = assessmentById(id);
  if (!current) return refuse('not-found', `Fant ikke vurderingen «${id}».`);
  const checked = check(assessment, { ...recipe(current), id, createdAt: current.createdAt, updatedAt: stamp(current.updatedAt) });
  if (!checked.ok) return invalid('Endringen ble ikke lagret', checked.problem);
  const saved = save(ASSESSMENT_PREFIX + id, checked.value, current, `Vurderingen «${current.title}»`, assessment);
  setAssessmentInMemory(id, saved);
  return succeed(saved);
}

/**
 * Deletes an assessment. Refuses (`changed-elsewhere`) when another tab
 * changed it after this tab read it: the newest version is shown instead.
 * An unreadable stored value is backed up first; if that backup cannot be
 * written, the stored value is left where it is.
 */
export function deleteAssessment(id: string): ActionResult<null> {
  ensureLoaded();
  const current = assessmentById(id);
  if (!current) return succeed(null);
  const key = ASSESSMENT_PREFIX + id;
  const guard = guardOverwrite(key);
  if (guard.state === 'changed' && guard.entry.kind === 'assessment' && isNewerElsewhere(guard.entry.value, current)) {
    load(key, guard.raw, true);
    const message = `Vurderingen «${guard.entry.value.title}» ble endret i en annen fane og er derfor ikke slettet. Se over den nyeste versjonen før dere sletter.`;
    notify('conflict-not-deleted', key, 'warning', message);
    return refuse('changed-elsewhere', message);
  }
  if (guard.state !== 'stuck') {
    remove(key);
    known.delete(key);
  }
  setAssessmentInMemory(id, undefined);
  if ($activeId.get() === id) selectAssessment('');
  return succeed(null);
}

/** Puts back an assessment (undo of a delete). Refuses (`invalid`) an invalid one. */
export function restoreAssessment(item: Assessment): ActionResult<Assessment> {
  ensureLoaded();
  const checked = check(assessment, item);
  if (!checked.ok) return invalid('Vurderingen ble ikke lagt tilbake', checked.problem);
  const saved = save(ASSESSMENT_PREFIX + item.id, checked.value, null, 'Vurderingen', assessment);
  setAssessmentInMemory(item.id, saved);
  return succeed(saved);
}

/** A copy of an assessment with a new id and "(kopi)" after its title; it becomes the active one. */
export function duplicateAssessment(id: string): ActionResult<Assessment> {
  ensureLoaded();
  const source = assessmentById(id);
  if (!source) return refuse('not-found', `Fant ikke vurderingen «${id}».`);
  const at = now().toISOString();
  const copy = { ...structuredClone(source), id: newId('v'), title: `${source.title} (kopi)`.slice(0, 500), createdAt: at, updatedAt: at };
  const restored = restoreAssessment(copy);
  if (restored.ok) selectAssessment(copy.id);
  return restored;
}

/** Saves an account (new or changed). Refuses (`invalid`) an invalid one. */
export function saveAccount(next: Account): ActionResult<Account> {
  ensureLoaded();
  const base = accountById(next.id) ?? null;
  const checked = check(account, { ...next, updatedAt: stamp(base?.updatedAt) });
  if (!checked.ok) return invalid('Kontoen ble ikke lagret', checked.problem);
  const saved = save(ACCOUNT_PREFIX + next.id, checked.value, base, `Kontoen «${next.name || next.id}»`, account);
  setAccountInMemory(next.id, saved);
  return succeed(saved);
}

/** Deletes an account; an unreadable stored value that cannot be backed up is left where it is. */
export function deleteAccount(id: string): ActionResult<null> {
  ensureLoaded();
  const key = ACCOUNT_PREFIX + id;
  setAccountInMemory(id, undefined);
  if (guardOverwrite(key).state === 'stuck') return succeed(null);
  remove(key);
  known.delete(key);
  return succeed(null);
}
