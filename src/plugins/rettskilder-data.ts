import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { buildRegister, kindLabel, type RegisterEntry } from '../lib/rettskilder/register.ts';

/**
 * Reads the register (content/rettskilder/{gdpr,lover,dommer}.yaml) from disk.
 * Used at build time by the content collection, the link plugin and the sidebar,
 * so all three see the same entries.
 */
export function loadRegister(root: URL = pathToFileURL(`${process.cwd()}/`)): RegisterEntry[] {
  const read = (name: string) =>
    parse(readFileSync(new URL(`content/rettskilder/${name}.yaml`, root), 'utf8'));
  return buildRegister({ gdpr: read('gdpr'), lover: read('lover'), dommer: read('dommer') });
}

type SidebarLink = { label: string; link: string };
type SidebarGroup = { label: string; collapsed: boolean; items: (SidebarLink | SidebarGroup)[] };

/** The register as a collapsed sidebar group (one sub-group per kind), for src/sidebar.ts. */
export function registerSidebarGroup(root: URL): SidebarGroup {
  const entries = loadRegister(root);
  const kinds = ['gdpr', 'lov', 'dom'] as const;
  return {
    label: 'Rettskilderegisteret',
    collapsed: true,
    items: kinds.map((kind) => ({
      label: kindLabel(kind),
      collapsed: true,
      items: entries
        .filter((e) => e.kind === kind)
        .map((e) => ({ label: e.kind === 'gdpr' ? `${e.short} ${e.title}` : e.heading, link: e.path })),
    })),
  };
}

/**
 * The register's pages, for starlight-links-validator's `exclude` option. The
 * validator cannot read headings of pages built in src/pages/ and reports links
 * to them as "invalid link to custom page". Listing the exact paths that exist
 * (not a glob) keeps a link to a missing entry, e.g. /gdpr/artikkel-3/, an error.
 */
export function registerLinkPaths(entries: RegisterEntry[]): string[] {
  const anchors = ['', '#kort-fortalt', '#for-kommunen', '#omtalt-i'];
  return entries.flatMap((e) => anchors.flatMap((a) => [`${e.path}${a}`, `${e.path.replace(/\/$/, '')}${a}`]));
}
