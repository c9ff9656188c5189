import { getCollection } from 'astro:content';
import type { Scenario } from '../../lib/risk/scenarios';

/** The scenario bank from content/scenarier/, sorted by title (build time only). */
export async function loadScenarios(): Promise<Scenario[]> {
  const entries = await getCollection('scenarier');
  return entries.map((e) => e.data).sort((a, b) => a.title.localeCompare(b.title, 'nb'));
}
