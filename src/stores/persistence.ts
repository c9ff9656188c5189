/**
 * Persistent storage: the browser may clear localStorage under storage
 * pressure unless the site is granted persistence. We ask once, on the first
 * save in this tab, and remember the answer so Mine vurderinger can say it.
 */
import { atom, onMount, readonlyType } from 'nanostores';

export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

const persistence = atom<Persistence>('unknown');
/** Whether the browser has promised to keep the site's data. */
export const $persistence = readonlyType(persistence);

const manager = (): StorageManager | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

let asked = false;

/** Asks the browser to keep the data (once per tab, on the first save). */
export function askForPersistence(): void {
  if (asked) return;
  asked = true;
  const storage = manager();
  if (!storage?.persist) {
    persistence.set('unsupported');
    return;
  }
  storage.persist().then(
    (granted) => persistence.set(granted ? 'granted' : 'not-granted'),
    () => persistence.set('not-granted'),
  );
}

onMount(persistence, () => {
  const storage = manager();
  if (!storage?.persisted) {
    persistence.set('unsupported');
    return;
  }
  storage.persisted().then(
    (granted) => {
      if (granted || persistence.get() === 'unknown') persistence.set(granted ? 'granted' : 'not-granted');
    },
    () => {},
  );
});
