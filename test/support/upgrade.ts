/** Shared by the format upgrade tests (test/unit/workspace-v*-upgrade.test.ts). */

/** Every leaf of `value` with its path, e.g. ["assessments.0.title", "Facebook – Kulturetaten"]; empty lists and objects are leaves too. */
export function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[path, Array.isArray(value) ? '[]' : '{}']];
    return entries.flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/** The leaves of `older` that are missing or different in `newer` (an empty list or object must stay empty). */
export function lostIn(older: unknown, newer: unknown): string[] {
  const found = new Map(leaves(newer));
  return leaves(older).filter(([path, value]) => found.get(path) !== value).map(([path]) => path);
}

/** The leaves of `older` that are missing or different in `newer`; an empty list or object may have gained items. */
export function keepsEverything(older: unknown, newer: unknown): string[] {
  const found = new Map(leaves(newer));
  const newerLeaves = leaves(newer);
  return leaves(older)
    .filter(([path, value]) => {
      if (value === '[]' || value === '{}') return !found.has(path) && !newerLeaves.some(([p]) => p.startsWith(path + '.'));
      return found.get(path) !== value;
    })
    .map(([path]) => path);
}
