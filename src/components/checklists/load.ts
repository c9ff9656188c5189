import { getCollection } from 'astro:content';
import type { Checklist } from '../../lib/checklists';

/** All checklists from content/sjekklister/, in file-name order (1-…, 2-…). Build time only. */
export async function loadChecklists(): Promise<Checklist[]> {
  const entries = await getCollection('sjekklister');
  return entries
    .slice()
    .sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id, 'nb', { numeric: true }))
    .map((entry) => ({ ...entry.data, id: entry.id }));
}
