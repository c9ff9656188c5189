/**
 * Ids for assessments, risks, measures, rounds. `crypto.randomUUID` exists only
 * in secure contexts (https or localhost), and intranet servers are often plain
 * http, so ids are made from `crypto.getRandomValues`, which works everywhere.
 */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  const body = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return prefix ? `${prefix}-${body}` : body;
}
