/**
 * Shared setup of the upgrade tests (test/unit/workspace-v*-upgrade.test.ts):
 * the fixtures of one format version, and comparisons that list what an
 * upgrade lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The export file and the localStorage values of format version `n`, and the path of its published JSON Schema. */
export function versionFixtures(n: number) {
  const fixtures = join(import.meta.dirname, '../fixtures');
  const text = readFileSync(join(fixtures, `v${n}/arbeidsomrade-v${n}.json`), 'utf8');
  return {
    text,
    storage: JSON.parse(readFileSync(join(fixtures, `v${n}/localstorage-v${n}.json`), 'utf8')) as Record<string, string>,
    schemaPath: join(import.meta.dirname, `../../src/lib/model/published/arbeidsomrade-v${n}.schema.json`),
  };
}

/** Every leaf of `value` with its path, e.g. ["assessments.0.title", "Facebook – Kulturetaten"]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[path, Array.isArray(value) ? '[]' : '{}']];
    return entries.flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/** The leaves of `older` that are missing or different in `newer`. */
export function lostIn(older: unknown, newer: unknown): string[] {
  const found = new Map(leaves(newer));
  return leaves(older)
    .filter(([path, value]) => found.get(path) !== value)
    .map(([path]) => path);
}

/** Like lostIn, but an empty list or object in `older` may have gained items in `newer`. */
export function keepsEverything(older: unknown, newer: unknown): string[] {
  const found = new Map(leaves(newer));
  return leaves(older)
    .filter(([path, value]) => {
      if (value === '[]' || value === '{}') return !found.has(path) && !leaves(newer).some(([p]) => p.startsWith(path + '.'));
      return found.get(path) !== value;
    })
    .map(([path]) => path);
}

/**
 * An export file of format version `n` as JSON.parse reads it: typed by the fields the tests read
 * (its assessments as `A`), everything else unknown. A declared type, not a check: the fixtures are
 * checked against their published JSON Schema in the tests.
 */
export type FixtureFile<A> = Record<string, unknown> & { version: number; assessments: A[]; accounts: unknown[] };
