/**
 * The workspace in the browser: nanostores over localStorage, one key per
 * assessment and per account (so two tabs that edit different things never
 * overwrite each other), every stored value validated against the model schema.
 *
 * The tools use only this API: the stores and the update functions below.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import * as v from 'valibot';
import { assessment, account, emptyAssessment, type Assessment, type Account } from '../lib/model/schema';
import { newId } from '../lib/model/ids';

export const STORAGE_PREFIX = 'some-veilederen:v1:';
export const ASSESSMENT_PREFIX = `${STORAGE_PREFIX}vurdering:`;
export const ACCOUNT_PREFIX = `${STORAGE_PREFIX}konto:`;
export const ACTIVE_KEY = `${STORAGE_PREFIX}aktiv`;

/** Parses and validates one stored value; an invalid value decodes to null. */
function decoder<T>(schema: v.GenericSchema<unknown, T>) {
  return (raw: string): T | null => {
    try {
      const result = v.safeParse(schema, JSON.parse(raw));
      return result.success ? result.output : null;
    } catch {
      return null;
    }
  };
}
const encode = (value: unknown) => JSON.stringify(value);

/** Assessments by id (null where the stored value failed validation). */
export const $assessmentMap = persistentMap<Record<string, Assessment | null>>(ASSESSMENT_PREFIX, {}, {
  encode,
  decode: decoder(assessment),
});
/** The municipality's account register by id. */
export const $accountMap = persistentMap<Record<string, Account | null>>(ACCOUNT_PREFIX, {}, {
  encode,
  decode: decoder(account),
});
/** The id of the assessment the tools are working on. */
export const $activeId = persistentAtom<string>(ACTIVE_KEY, '');

const valid = <T>(record: Record<string, T | null | undefined>): T[] =>
  Object.values(record).filter((x): x is T => x !== null && x !== undefined);

/** All valid assessments, newest change first. */
export const $assessments = computed($assessmentMap, (map) =>
  valid(map).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title, 'nb')),
);
/** The active assessment, or null when none is chosen or it no longer exists. */
export const $activeAssessment = computed([$assessmentMap, $activeId], (map, id) => (id && map[id]) || null);
/** All valid accounts, by platform and name. */
export const $accounts = computed($accountMap, (map) =>
  valid(map).sort((a, b) => a.platform.localeCompare(b.platform, 'nb') || a.name.localeCompare(b.name, 'nb')),
);

/** A clock the tests can replace. */
export const clock = atom<() => Date>(() => new Date());

export function createAssessment(meta: { title: string; platform: string; unit: string; owner: string }): Assessment {
  const created = emptyAssessment({ id: newId('v'), ...meta }, clock.get()());
  $assessmentMap.setKey(created.id, created);
  $activeId.set(created.id);
  return created;
}

/**
 * Changes one assessment through a pure recipe and stamps updatedAt. A recipe
 * returning an invalid assessment is refused (throws), so nothing invalid is stored.
 */
export function updateAssessment(id: string, recipe: (current: Assessment) => Assessment): void {
  const current = $assessmentMap.get()[id];
  if (!current) throw new Error(`Fant ikke vurderingen «${id}».`);
  const next = { ...recipe(current), id, updatedAt: clock.get()().toISOString() };
  const checked = v.safeParse(assessment, next);
  if (!checked.success) throw new Error(`Endringen ble ikke lagret: ${checked.issues[0]?.message ?? 'ugyldige data'}`);
  $assessmentMap.setKey(id, checked.output);
}

export function deleteAssessment(id: string): void {
  $assessmentMap.setKey(id, undefined as unknown as null);
  if ($activeId.get() === id) $activeId.set('');
}

export function saveAccount(next: Account): void {
  const checked = v.safeParse(account, { ...next, updatedAt: clock.get()().toISOString() });
  if (!checked.success) throw new Error(`Kontoen ble ikke lagret: ${checked.issues[0]?.message ?? 'ugyldige data'}`);
  $accountMap.setKey(next.id, checked.output);
}

export function deleteAccount(id: string): void {
  $accountMap.setKey(id, undefined as unknown as null);
}
