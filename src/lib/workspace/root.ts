/**
 * The prefix of every key the site keeps in the browser's storage. On its own,
 * with no imports, so that a page can ask whether anything is stored without
 * loading the store and the model (src/stores/presence.ts).
 */
export const ROOT = 'some-veilederen:';
