/**
 * A three-way merge of two versions of one stored item, field by field.
 *
 * `base` is the version this tab last read, `mine` this tab's change to it,
 * `theirs` what another tab has stored since. A field only one side changed
 * takes that side's value; a field both changed to different values is a
 * conflict, and keeps `theirs` (the stored one). Arrays of items with an `id`
 * merge item by item, so two tabs editing different risks do not clash;
 * other arrays and plain values are single fields.
 * Pure: JSON values in, a merged value and the conflicting paths out.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeOutcome<T> {
  value: T;
  /** Paths (e.g. `ethics.answers.q1`) both sides changed differently; `theirs` was kept there. */
  conflicts: string[];
}

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

const idOf = (v: unknown): string | null => (isObject(v) && typeof v.id === 'string' ? v.id : null);
const hasIds = (list: unknown[]): boolean => {
  const ids = list.map(idOf);
  return ids.every((id) => id !== null) && new Set(ids).size === ids.length;
};

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, conflicts: string[]): unknown {
  if (equal(mine, base)) return theirs;
  if (equal(theirs, base) || equal(mine, theirs)) return mine;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
    for (const key of keys) {
      const merged = mergeValue(base[key], mine[key], theirs[key], path ? `${path}.${key}` : key, conflicts);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs) && hasIds(base) && hasIds(mine) && hasIds(theirs)) {
    return mergeById(base, mine, theirs, path, conflicts);
  }
  conflicts.push(path);
  return theirs;
}

/** Items by id: theirs' order, with items only this tab added at the end. */
function mergeById(base: unknown[], mine: unknown[], theirs: unknown[], path: string, conflicts: string[]): unknown[] {
  const byId = (list: unknown[]) => new Map(list.map((item) => [idOf(item)!, item]));
  const b = byId(base);
  const m = byId(mine);
  const out: unknown[] = [];
  for (const item of theirs) {
    const id = idOf(item)!;
    const inBase = b.has(id);
    if (!m.has(id)) {
      // Removed by this tab: gone, unless the other tab changed it meanwhile.
      if (inBase && equal(b.get(id), item)) continue;
      if (inBase) conflicts.push(`${path}[${id}]`);
      out.push(item);
      continue;
    }
    out.push(inBase ? mergeValue(b.get(id), m.get(id), item, `${path}[${id}]`, conflicts) : item);
  }
  const inTheirs = new Set(theirs.map(idOf));
  for (const item of mine) {
    const id = idOf(item)!;
    if (inTheirs.has(id)) continue;
    if (b.has(id)) {
      // The other tab removed it: keep it if this tab changed it.
      if (!equal(b.get(id), item)) {
        conflicts.push(`${path}[${id}]`);
        out.push(item);
      }
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Merges `mine` and `theirs`, both changed from `base`. `updatedAt` is left to the caller. */
export function mergeThreeWay<T>(base: T, mine: T, theirs: T): MergeOutcome<T> {
  const conflicts: string[] = [];
  const value = mergeValue(base, mine, theirs, '', conflicts) as T;
  return { value, conflicts: conflicts.filter((p) => p !== 'updatedAt') };
}

/**
 * Another tab's value with this tab's recent writes put back into it, or
 * `null` when that value already holds them (or really conflicts with them).
 * `befores` are the values stored just before each of this tab's recent
 * writes, oldest first, and `after` what it stored last. The other tab wrote
 * from a copy that may lack any number of those writes: the oldest `before`
 * that merges with `incoming` without a conflict is taken as that copy (a
 * newer one could make this tab's older changes look undone by the other tab;
 * an older one only shows conflicts). A field where `incoming` still has that
 * copy's value while this tab changed it gets this tab's value back; a field
 * the other tab changed keeps its value.
 */
export function rebaseOnto<T>(befores: T[], after: T, incoming: T): T | null {
  for (let i = 0; i < befores.length; i++) {
    const { value, conflicts } = mergeThreeWay(befores[i], after, incoming);
    if (conflicts.length === 0) return equal(value, incoming) ? null : value;
  }
  return null;
}
