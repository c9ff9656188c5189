import { existsSync } from 'node:fs';
import { registerSidebarGroup } from './plugins/rettskilder-data.ts';

/**
 * The sidebar, in reading order. A page is listed only when its file exists in
 * `content/docs/`, so the sidebar grows as the guide and the tools are written.
 * Entries with `link` point to pages built from data (register pages).
 */
type Entry = { slug: string } | { label: string; link: string } | Group;
interface Group {
  label: string;
  collapsed?: boolean;
  items: Entry[];
}

const groups: { label: string; slugs: string[] }[] = [
  {
    label: 'Veilederen',
    slugs: [
      'om-veilederen',
      'veileder/1-innledning',
      'veileder/2-systematisk-beskrivelse',
      'veileder/3-informasjonssikkerhet',
      'veileder/4-ansvarsforhold',
      'veileder/5-behandlingsgrunnlag',
      'veileder/6-overforing-til-utlandet',
      'veileder/7-risiko',
      'veileder/8-prosess-og-forankring',
      'veileder/nar-plattformen-endrer-vilkarene',
    ],
  },
  {
    label: 'Verktøy',
    slugs: [
      'verktoy',
      'verktoy/mine-vurderinger',
      'verktoy/screening',
      'verktoy/beskrivelse',
      'verktoy/behandlingsgrunnlag',
      'verktoy/nodvendighet',
      'verktoy/risikovurdering',
      'verktoy/risikometode',
      'verktoy/medvirkning',
      'verktoy/sjekklister',
      'verktoy/etisk-refleksjon',
      'verktoy/ledelsesbeslutning',
      'verktoy/rapport',
      'verktoy/kontogjennomgang',
    ],
  },
  {
    label: 'Vedlegg',
    slugs: ['vedlegg/kilder', 'vedlegg/scenariobank', 'vedlegg/dataformat'],
  },
  {
    label: 'Oppslag',
    slugs: ['oppslag/rettskilder', 'oppslag/ordliste', 'tilgjengelighet'],
  },
];

function pageExists(root: URL, slug: string): boolean {
  return (
    ['.mdx', '.md'].some((ext) => existsSync(new URL(`content/docs/${slug}${ext}`, root))) ||
    ['.mdx', '.md'].some((ext) => existsSync(new URL(`content/docs/${slug}/index${ext}`, root)))
  );
}

export function buildSidebar(root: URL): Group[] {
  return groups
    .map(({ label, slugs }) => ({
      label,
      items: slugs
        .filter((slug) => pageExists(root, slug))
        .flatMap((slug): Entry[] =>
          // The register's entry pages are built from data (content/rettskilder/), listed after its overview.
          slug === 'oppslag/rettskilder' ? [{ slug }, registerSidebarGroup(root)] : [{ slug }],
        ),
    }))
    .filter((group) => group.items.length > 0);
}
