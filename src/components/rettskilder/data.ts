/**
 * Build-time access to the register and its backlinks, for the register pages
 * and the overview. Backlinks are computed from the docs collection's sources
 * with the same recogniser as the link plugin, never typed by hand.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeBacklinks, type Backlink } from '~/lib/rettskilder/backlinks';
import type { RegisterEntry } from '~/lib/rettskilder/register';

export type Entry = RegisterEntry;

let cache: Promise<{ entries: RegisterEntry[]; backlinks: Map<string, Backlink[]> }> | undefined;

async function load() {
  const entries = (await getCollection('rettskilder')).map(
    (e: CollectionEntry<'rettskilder'>) => ({ id: e.id, ...e.data }) as RegisterEntry,
  );
  entries.sort((a, b) => rank(a.kind) - rank(b.kind) || a.order - b.order);
  const ids = new Set(entries.map((e) => e.id));
  const pages = (await getCollection('docs')).map((page) => ({
    id: page.id,
    title: page.data.title,
    body: page.body ?? '',
  }));
  return { entries, backlinks: computeBacklinks(pages, (id) => ids.has(id)) };
}

function rank(kind: RegisterEntry['kind']): number {
  return kind === 'gdpr' ? 0 : kind === 'lov' ? 1 : 2;
}

export function registerData() {
  cache ??= load();
  return cache;
}

/** A root-relative path with the site's base path in front. */
export function withBasePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return path.startsWith('/') ? `${base}${path}` : path;
}
