/**
 * Whether the browser has promised to keep the site's data (persistent storage), asked
 * without loading the store: Mine vurderinger's start view (first visit) says it with
 * Preact alone, and the store (persistence.ts) reads it the same way. One home for the
 * question and for the sentence that tells the answer.
 */
export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

/** The browser's storage manager, if there is one. */
export const storageManager = (): StorageManager | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

/** Asks whether the data is kept; never rejects ('unknown' if the question fails, 'unsupported' without the API). */
export async function readPersisted(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unknown';
  }
}

/** What Mine vurderinger says of it, or null while it is not known. */
export function keepingText(persistence: Persistence): string | null {
  switch (persistence) {
    case 'granted':
      return 'Nettleseren har lovet å ta vare på dataene her og sletter dem ikke for å frigjøre plass.';
    case 'not-granted':
      return 'Nettleseren har ikke lovet å ta vare på dataene her. Den kan slette dem hvis maskinen får lite lagringsplass, så eksporter til fil jevnlig.';
    case 'unsupported':
      return 'Denne nettleseren kan ikke love å ta vare på dataene her. Eksporter til fil jevnlig.';
    default:
      return null;
  }
}
