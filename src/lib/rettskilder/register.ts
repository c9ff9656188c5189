/**
 * The register of legal sources (content/rettskilder/*.yaml) as plain data:
 * validation of the parsed YAML, ids, page paths and labels. Pure: the YAML is
 * read elsewhere (src/plugins/rettskilder-data.ts) and handed in here.
 */
import { caseId, gdprId, lawId, type RefKind } from './recognise';

export interface RegisterEntry {
  /** "gdpr/artikkel-35", "lover/arkivlova", "dommer/c-311-18". */
  id: string;
  kind: RefKind;
  /** Root-relative page path with trailing slash: "/gdpr/artikkel-35/". */
  path: string;
  /** Short name: "Art. 35", "Arkivlova", "C-311/18". */
  short: string;
  /** Norwegian title: "Vurdering av personvernkonsekvenser", "Lov om arkiv", … */
  title: string;
  /** The page heading: "Art. 35 Vurdering av personvernkonsekvenser", "Arkivlova", "C-311/18 Schrems II". */
  heading: string;
  /** Text for a link's `title` attribute (hover and focus). */
  tooltip: string;
  /** Plain-language summary, paragraphs separated by a blank line. */
  summary: string;
  /** What the entry means for a municipality on social media. */
  forMunicipality: string;
  /** Words people search with. */
  aliases: string[];
  /** GDPR article number. */
  article?: number;
  /** Case name ("Schrems II") and date of judgment (YYYY-MM-DD). */
  caseName?: string;
  date?: string;
  /** Sort key within its kind. */
  order: number;
}

export interface RawRegister {
  gdpr: unknown;
  lover: unknown;
  dommer: unknown;
}

const KIND_LABEL: Record<RefKind, string> = {
  gdpr: 'Personvernforordningen (GDPR)',
  lov: 'Norske lover',
  dom: 'Dommer fra EU-domstolen',
};
export function kindLabel(kind: RefKind): string {
  return KIND_LABEL[kind];
}

type Obj = Record<string, unknown>;

function list(value: unknown, file: string): Obj[] {
  if (!Array.isArray(value)) throw new Error(`content/rettskilder/${file}.yaml: forventet en liste med oppføringer`);
  return value.map((item, i) => {
    if (typeof item !== 'object' || item === null) {
      throw new Error(`content/rettskilder/${file}.yaml: oppføring ${i + 1} er ikke et objekt`);
    }
    return item as Obj;
  });
}

function text(item: Obj, key: string, where: string): string {
  const value = item[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${where}: feltet «${key}» mangler eller er tomt`);
  }
  return value.trim();
}

function strings(item: Obj, key: string, where: string): string[] {
  const value = item[key] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new Error(`${where}: feltet «${key}» må være en liste med ord`);
  }
  return value.map(String);
}

function isoDate(value: unknown, where: string): string {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`${where}: «dato» må skrives ÅÅÅÅ-MM-DD`);
  return s;
}

/** Builds and checks the register from the parsed YAML files. Throws a Norwegian message on bad data. */
export function buildRegister(raw: RawRegister): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  list(raw.gdpr, 'gdpr').forEach((item, i) => {
    const where = `content/rettskilder/gdpr.yaml, oppføring ${i + 1}`;
    const n = item.nummer;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 99) {
      throw new Error(`${where}: «nummer» må være et artikkelnummer (1–99)`);
    }
    const title = text(item, 'tittel', where);
    const id = gdprId(n);
    entries.push({
      id,
      kind: 'gdpr',
      path: `/${id}/`,
      short: `Art. ${n}`,
      title,
      heading: `Art. ${n} ${title}`,
      tooltip: `Personvernforordningen art. ${n}: ${title}`,
      summary: text(item, 'sammendrag', where),
      forMunicipality: text(item, 'kommunen', where),
      aliases: strings(item, 'alias', where),
      article: n,
      order: n,
    });
  });
  list(raw.lover, 'lover').forEach((item, i) => {
    const where = `content/rettskilder/lover.yaml, oppføring ${i + 1}`;
    const slug = text(item, 'slug', where);
    const name = text(item, 'navn', where);
    const title = text(item, 'tittel', where);
    const id = lawId(slug);
    entries.push({
      id,
      kind: 'lov',
      path: `/${id}/`,
      short: name,
      title,
      heading: name,
      tooltip: `${name}: ${title}`,
      summary: text(item, 'sammendrag', where),
      forMunicipality: text(item, 'kommunen', where),
      aliases: strings(item, 'alias', where),
      order: i,
    });
  });
  list(raw.dommer, 'dommer').forEach((item, i) => {
    const where = `content/rettskilder/dommer.yaml, oppføring ${i + 1}`;
    const number = text(item, 'nummer', where);
    if (!/^C-\d{1,3}\/\d{2}$/.test(number)) throw new Error(`${where}: «nummer» må skrives som C-311/18`);
    const id = caseId(number);
    const slug = text(item, 'slug', where);
    if (`dommer/${slug}` !== id) throw new Error(`${where}: «slug» må være ${id.slice('dommer/'.length)}`);
    const name = text(item, 'navn', where);
    const title = text(item, 'tittel', where);
    entries.push({
      id,
      kind: 'dom',
      path: `/${id}/`,
      short: number,
      title,
      heading: `${number} ${name}`,
      tooltip: `EU-domstolen ${number} ${name}: ${title}`,
      summary: text(item, 'sammendrag', where),
      forMunicipality: text(item, 'kommunen', where),
      aliases: strings(item, 'alias', where),
      caseName: name,
      date: isoDate(item.dato, where),
      order: i,
    });
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new Error(`Rettskilderegisteret har ${entry.id} to ganger`);
    seen.add(entry.id);
  }
  return entries.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.order - b.order);
}

function kindRank(kind: RefKind): number {
  return kind === 'gdpr' ? 0 : kind === 'lov' ? 1 : 2;
}

/** "2020-07-16" -> "16. juli 2020". */
export function formatDate(iso: string): string {
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${months[m - 1]} ${y}`;
}

/** Splits a summary into paragraphs. */
export function paragraphs(textValue: string): string[] {
  return textValue.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
