import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { localDate } from '../lib/dates.ts';
import { assertCurrent, buildRegister, kindLabel, type RawRegister, type RegisterEntry } from '../lib/rettskilder/register.ts';
import { parseStructure, type GdprStructure } from '../lib/rettskilder/structure.ts';

/**
 * The GDPR articles live in two files: 1–43 in gdpr.yaml and 44–99 in
 * gdpr-44-99.yaml. Both use the same entry format (see the files' heads).
 */
const GDPR_FILES = ['gdpr', 'gdpr-44-99'] as const;

function projectRoot(): URL {
  return pathToFileURL(`${process.cwd()}/`);
}

/** The official chapter, section and article headings (content/rettskilder/gdpr-overskrifter.tsv). */
export function loadStructure(root: URL = projectRoot()): GdprStructure {
  return parseStructure(readFileSync(new URL('content/rettskilder/gdpr-overskrifter.tsv', root), 'utf8'));
}

/** The parsed YAML files, as they are on disk. */
export function readRawRegister(root: URL = projectRoot()): RawRegister {
  const read = (name: string): unknown => parse(readFileSync(new URL(`content/rettskilder/${name}.yaml`, root), 'utf8'));
  const gdpr: Record<string, unknown> = {};
  for (const name of GDPR_FILES) {
    if (existsSync(new URL(`content/rettskilder/${name}.yaml`, root))) gdpr[name] = read(name);
  }
  return { gdpr, lover: read('lover'), dommer: read('dommer') };
}

/**
 * Reads and checks the register (content/rettskilder/*.yaml). Used at build
 * time by the content collection, the link plugin and the sidebar, so all three
 * see the same entries. Throws, and so fails the build, on any error in a
 * present entry: wrong heading, unknown status, duplicate id, or a
 * «sist kontrollert» date that is invalid, in the future or more than 12
 * months old on `today`.
 */
export function loadRegister(root: URL = projectRoot(), today: string = localDate(new Date())): RegisterEntry[] {
  const entries = buildRegister(readRawRegister(root), loadStructure(root));
  assertCurrent(entries, today);
  return entries;
}

type SidebarLink = { label: string; link: string };
type SidebarGroup = { label: string; collapsed: boolean; items: (SidebarLink | SidebarGroup)[] };

/** The register as a collapsed sidebar group, for src/sidebar.ts: the regulation by chapter, the laws and the cases. */
export function registerSidebarGroup(root: URL): SidebarGroup {
  const entries = loadRegister(root);
  const structure = loadStructure(root);
  const link = (e: RegisterEntry): SidebarLink => ({ label: e.kind === 'gdpr' ? `${e.short} ${e.title}` : e.heading, link: e.path });
  return {
    label: 'Rettskilderegisteret',
    collapsed: true,
    items: [
      {
        label: kindLabel('gdpr'),
        collapsed: true,
        items: [
          { label: 'Hele forordningen', link: '/gdpr/' },
          ...structure.chapters.map((c) => ({
            label: `Kapittel ${c.roman} ${c.heading}`,
            collapsed: true,
            items: [
              { label: `Oversikt over kapittel ${c.roman}`, link: `/gdpr/${c.slug}/` },
              ...entries.filter((e) => e.kind === 'gdpr' && e.chapter === c.roman).map(link),
            ],
          })),
        ],
      },
      ...(['lov', 'dom'] as const).map((kind) => ({
        label: kindLabel(kind),
        collapsed: true,
        items: entries.filter((e) => e.kind === kind).map(link),
      })),
    ],
  };
}

/**
 * The register's pages, for starlight-links-validator's `exclude` option. The
 * validator cannot read headings of pages built in src/pages/ and reports links
 * to them as "invalid link to custom page". Listing the exact paths that exist
 * (not a glob) keeps a link to a missing entry, e.g. /gdpr/artikkel-3/, an error.
 */
export function registerLinkPaths(entries: RegisterEntry[], structure?: GdprStructure): string[] {
  const anchors = ['', '#kort-fortalt', '#sammendrag', '#for-kommunen', '#omtalt-i', '#kilder'];
  const paths = [...entries.map((e) => e.path), '/gdpr/', ...(structure?.chapters.map((c) => `/gdpr/${c.slug}/`) ?? [])];
  const files = ['/rettskilder.json', '/rettskilder.schema.json'];
  return [...paths.flatMap((p) => anchors.flatMap((a) => [`${p}${a}`, `${p.replace(/\/$/, '')}${a}`])), ...files];
}
