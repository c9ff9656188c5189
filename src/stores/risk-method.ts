/**
 * The municipality's default risk method for new assessments: one key of its
 * own, versioned by the method file's format (`some-veilederen:risikometode:v1`),
 * holding a method file (src/lib/risk/method-file.ts). It is validated on
 * every read like the workspace's keys; an unusable value is moved to a backup
 * key and the user is told (the workspace store's mechanisms). Without a saved
 * method, new assessments get the site's example (DEFAULT_METHOD).
 */
import { atom } from 'nanostores';
import type { RiskMethod } from '../lib/risk/method';
import { validateMethod } from '../lib/risk/method';
import { METHOD_STORAGE_KEY, methodFileText, parseMethodFile } from '../lib/risk/method-file';
import { DEFAULT_METHOD, copyMethod } from '../lib/risk/method-presets';
import { currentEngine, now, read, remove, write } from './io';
import { backUp, notify } from './notices';

/** The store over its own key, with the workspace's engine, backups and notices. */
const ownKey = {
  read,
  write,
  remove,
  backUpUnreadable(key: string, raw: string, what: string, reason: string): void {
    const info = backUp(key, raw, true);
    notify(
      'unreadable',
      key,
      'warning',
      `${what} kunne ikke leses og er flyttet til en sikkerhetskopi: ${reason} Resten av dataene er i orden. Last ned sikkerhetskopien hvis dere vil ta vare på den.`,
      info,
    );
  },
  subscribe(key: string, listener: () => void): () => void {
    return currentEngine().subscribe((changed) => {
      if (changed === null || changed === key) listener();
    });
  },
};

export const METHOD_KEY = METHOD_STORAGE_KEY;

/** The method new assessments get. */
export const $defaultMethod = atom<RiskMethod>(copyMethod(DEFAULT_METHOD));
/** Whether the municipality has saved its own default (otherwise the site's example is used). */
export const $hasOwnDefault = atom(false);

function load() {
  const raw = ownKey.read(METHOD_KEY);
  if (raw === null) {
    $defaultMethod.set(copyMethod(DEFAULT_METHOD));
    $hasOwnDefault.set(false);
    return;
  }
  const parsed = parseMethodFile(raw);
  if (parsed.ok) {
    $defaultMethod.set(parsed.method);
    $hasOwnDefault.set(true);
    return;
  }
  ownKey.backUpUnreadable(METHOD_KEY, raw, 'Kommunens lagrede risikometode', parsed.message.replace(/ Ingenting ble endret\.$/, ''));
  $defaultMethod.set(copyMethod(DEFAULT_METHOD));
  $hasOwnDefault.set(false);
}

load();
ownKey.subscribe(METHOD_KEY, load);

/** Saves a method as the municipality's default; a Norwegian message when it is not valid or could not be saved. */
export function saveDefaultMethod(method: RiskMethod): { ok: true } | { ok: false; message: string } {
  const checked = validateMethod(method);
  if (!checked.ok) return checked;
  if (!ownKey.write(METHOD_KEY, methodFileText(checked.method, now()))) {
    $defaultMethod.set(checked.method);
    return {
      ok: false,
      message:
        'Metoden kunne ikke lagres i nettleseren. Den gjelder i denne fanen til den lukkes; last den ned som fil for å ta vare på den.',
    };
  }
  $defaultMethod.set(checked.method);
  $hasOwnDefault.set(true);
  return { ok: true };
}

/** Goes back to the site's example as the default. */
export function resetDefaultMethod(): void {
  ownKey.remove(METHOD_KEY);
  $defaultMethod.set(copyMethod(DEFAULT_METHOD));
  $hasOwnDefault.set(false);
}
