/**
 * Persistent storage: the browser may clear localStorage under storage
 * pressure unless the site is granted persistence. We ask once, on the first
 * save in this tab, and remember the answer so Mine vurderinger can say it.
 */
import { atom, onMount, readonlyType } from 'nanostores';
import { readPersisted, storageManager, type Persistence } from './persisted';

const persistence = atom<Persistence>('unknown');
/** Whether the browser has promised to keep the site's data. */
export const $persistence = readonlyType(persistence);

let asked = false;

/** Asks the browser to keep the data (once per tab, on the first save). */
export function askForPersistence(): void {
  if (asked) return;
  asked = true;
  const storage = storageManager();
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
  void readPersisted().then((answer) => {
    // An answer to the request (askForPersistence) wins over the first reading, unless the browser already keeps the data.
    if (answer === 'granted' || persistence.get() === 'unknown') persistence.set(answer);
  });
});
