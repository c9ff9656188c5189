/**
 * Build-time access to the register and its backlinks, for the register pages
 * and the overview. Backlinks are computed from the docs collection's sources
 * with the same recogniser as the link plugin, never typed by hand.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeBacklinks, type Backlink } from '~/lib/rettskilder/backlinks';
import type { RegisterEntry } from '~/lib/rettskilder/register';
import type { GdprStructure } from '~/lib/rettskilder/structure';
import { loadStructure } from '~/plugins/rettskilder-data';

/** The register's entries, in the overview's order. */
export async function registerEntries(): Promise<RegisterEntry[]> {
  const entries = (await getCollection('rettskilder')).map((e: CollectionEntry<'rettskilder'>) => ({ id: e.id, ...e.data }));
  return entries.sort((a, b) => rank(a.kind) - rank(b.kind) || a.order - b.order);
}

let structure: GdprStructure | undefined;
/** The GDPR's chapters, sections and official headings (content/rettskilder/gdpr-overskrifter.tsv). */
export function gdprStructure(): GdprStructure {
  structure ??= loadStructure();
  return structure;
}

/**
 * The entries and, per entry id, the pages and sections that cite it. Computed
 * on each call (cheap), so the dev server never shows stale backlinks.
 */
export async function registerData(): Promise<{ entries: RegisterEntry[]; backlinks: Map<string, Backlink[]> }> {
  const entries = await registerEntries();
  const ids = new Set(entries.map((e) => e.id));
  // The glossary's definitions are rendered from data (content/ordliste/) on the
  // ordliste page; each term is a section there, anchored by its id.
  const glossary = (await getCollection('ordliste'))
    .map((term) => `\n## ${term.data.term} {#${term.id}}\n\n${term.data.definisjon.replace(/\s+/g, ' ')}\n`)
    .join('');
  // The overview of the register is part of the register, not a page that cites it.
  const docs = (await getCollection('docs')).filter((page) => page.id !== 'oppslag/rettskilder');
  const pages = docs.map((page) => ({
    id: page.id,
    title: page.data.title,
    body: (page.body ?? '') + (page.id === 'oppslag/ordliste' ? glossary : ''),
  }));
  pages.sort((a, b) => readingRank(a.id) - readingRank(b.id) || a.id.localeCompare(b.id, 'nb', { numeric: true }));
  return { entries, backlinks: computeBacklinks(pages, (id) => ids.has(id)) };
}

/** The sidebar's order: the guide first, then tools, appendices and look-ups. */
const READING_ORDER = ['index', 'om-veilederen', 'veileder/', 'verktoy', 'vedlegg/', 'oppslag/', 'tilgjengelighet'];
function readingRank(id: string): number {
  const i = READING_ORDER.findIndex((prefix) => id === prefix || id.startsWith(prefix));
  return i === -1 ? READING_ORDER.length : i;
}

function rank(kind: RegisterEntry['kind']): number {
  return kind === 'gdpr' ? 0 : kind === 'lov' ? 1 : 2;
}

/** A root-relative path with the site's base path in front (src/lib/paths.ts). */
export { pathWithBase as withBasePath } from '../../lib/paths';
