/**
 * Append-only logs (decision rounds, the prior-consultation log) correct an
 * entry by adding a new one that names it in `corrects`. Pure.
 */

/** An entry of an append-only log. */
export interface LogEntry {
  id: string;
  /** The id of the entry this one corrects or completes, or null. */
  corrects: string | null;
}

/** The first entry of the chain `entry` belongs to (follows `corrects` back; stops on a cycle or a missing id). */
export function rootOf<T extends LogEntry>(entry: T, byId: ReadonlyMap<string, T>): T {
  let current = entry;
  const seen = new Set<string>([current.id]);
  while (current.corrects !== null) {
    const target = byId.get(current.corrects);
    if (!target || seen.has(target.id)) break;
    seen.add(target.id);
    current = target;
  }
  return current;
}
