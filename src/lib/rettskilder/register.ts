/**
 * The register of legal sources (content/rettskilder/*.yaml) as plain data:
 * validation of the parsed YAML, ids, page paths, labels, official source
 * links and the build checks (headings, statuses, dates, unique ids). Pure:
 * the YAML and the headings file are read elsewhere
 * (src/plugins/rettskilder-data.ts) and handed in here.
 */
import { findStale, describeProblems, type CheckedStatement } from '../currency';
import { formatLongDate } from '../dates';
import { isoDate, list, numbers, optionalText, strings, text, url, type Obj } from './yaml-fields';
import { caseId, gdprId, lawId, type RefKind } from './recognise';
import type { GdprStructure } from './structure';
import type { RawRegister, RegisterEntry, SourceLink } from './entry';

export type { RawRegister, RegisterEntry, SourceLink } from './entry';

export const STATUSES = ['i-kraft', 'vedtatt-ikke-i-kraft', 'opphevet'] as const;
export type Status = (typeof STATUSES)[number];

const STATUS_LABEL: Record<Status, string> = {
  'i-kraft': 'I kraft',
  'vedtatt-ikke-i-kraft': 'Vedtatt, ikke i kraft',
  opphevet: 'Opphevet',
};
/** «I kraft», «Vedtatt, ikke i kraft», «Opphevet»; a decision that has run out is «Ikke lenger i kraft». */
export function statusLabel(status: Status, kind: RefKind = 'gdpr'): string {
  return kind === 'dom' && status === 'opphevet' ? 'Ikke lenger i kraft' : STATUS_LABEL[status];
}

export const RELEVANT_ARTICLES: readonly number[] = [
  ...range(1, 3),
  ...range(4, 11),
  ...range(12, 22),
  ...range(24, 39),
  ...range(44, 49),
  ...range(77, 83),
  85,
  86,
  88,
  89,
];
function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const KIND_LABEL: Record<RefKind, string> = {
  gdpr: 'Personvernforordningen (GDPR)',
  lov: 'Norske lover',
  dom: 'Dommer og avgjørelser',
};
export function kindLabel(kind: RefKind): string {
  return KIND_LABEL[kind];
}

/** Lovdata's page for personopplysningsloven with the GDPR, and each article on it. */
export const LOVDATA_GDPR = 'https://lovdata.no/dokument/NL/lov/2018-06-15-38/gdpr';
export const EURLEX_GDPR = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679';
export function gdprSources(article: number): SourceLink[] {
  return [
    { label: `Lovdata: personvernforordningen artikkel ${article}`, href: `${LOVDATA_GDPR}/ARTIKKEL_${article}` },
    { label: 'EUR-Lex: forordning (EU) 2016/679 (CELEX 32016R0679)', href: EURLEX_GDPR },
  ];
}

function status(item: Obj, where: string): Status {
  const value = item.status;
  if (!STATUSES.includes(value as Status)) {
    throw new Error(
      `${where}: «status» må være ${STATUSES.join(', ')} (er ${value === undefined ? 'tom' : typeof value === 'string' ? value : JSON.stringify(value)})`,
    );
  }
  return value as Status;
}

function sourceList(item: Obj, where: string): SourceLink[] {
  const value = item.kilder;
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: «kilder» må være en liste med minst én offisiell kilde`);
  return value.map((s, i) => {
    const o = (typeof s === 'object' && s !== null ? s : {}) as Obj;
    return { label: text(o, 'navn', `${where}, kilde ${i + 1}`), href: url(o, 'url', `${where}, kilde ${i + 1}`) };
  });
}

/** Keys an entry may have, so a misspelt field is an error, not silently ignored. */
const GDPR_KEYS = [
  'nummer',
  'tittel',
  'kortFortalt',
  'sammendrag',
  'kommunen',
  'relevantForKommunen',
  'relaterte',
  'fortale',
  'alias',
  'status',
  'sistKontrollert',
];
const LAW_KEYS = ['slug', 'navn', 'tittel', 'kortFortalt', 'sammendrag', 'kommunen', 'alias', 'status', 'sistKontrollert', 'kilder'];
const CASE_KEYS = [
  'slug',
  'nummer',
  'instans',
  'navn',
  'tittel',
  'dato',
  'kortFortalt',
  'sammendrag',
  'kommunen',
  'alias',
  'status',
  'sistKontrollert',
  'kilder',
  'merknad',
];
function onlyKeys(item: Obj, keys: string[], where: string) {
  const extra = Object.keys(item).filter((k) => !keys.includes(k));
  if (extra.length) throw new Error(`${where}: ukjent felt ${extra.map((k) => `«${k}»`).join(', ')}`);
}

/** The fields every law and judgment entry has in the same form. */
function commonFields(item: Obj, where: string) {
  return {
    brief: text(item, 'kortFortalt', where),
    summary: text(item, 'sammendrag', where),
    forMunicipality: text(item, 'kommunen', where),
    aliases: strings(item, 'alias', where),
    status: status(item, where),
    checked: isoDate(item, 'sistKontrollert', where),
    sources: sourceList(item, where),
    relevant: true,
    related: [],
    recitals: [],
  };
}

function gdprEntry(item: Obj, where: string, file: string, structure: GdprStructure): RegisterEntry {
  onlyKeys(item, GDPR_KEYS, where);
  const n = item.nummer;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 99) {
    throw new Error(`${where}: «nummer» må være et artikkelnummer (1–99)`);
  }
  const w = `${where} (art. ${n})`;
  const title = text(item, 'tittel', w);
  const official = structure.headings.get(n);
  if (title !== official) throw new Error(`${w}: «tittel» må være den offisielle overskriften «${official}», ikke «${title}»`);
  const relevant = item.relevantForKommunen;
  if (typeof relevant !== 'boolean') throw new Error(`${w}: «relevantForKommunen» må være true eller false`);
  if (relevant !== RELEVANT_ARTICLES.includes(n)) {
    throw new Error(`${w}: «relevantForKommunen» må være ${RELEVANT_ARTICLES.includes(n)} for denne artikkelen`);
  }
  const summary = optionalText(item, 'sammendrag', w);
  const forMunicipality = optionalText(item, 'kommunen', w);
  if (relevant && (!summary || !forMunicipality)) {
    throw new Error(`${w}: artikler som er relevante for kommunen, må ha både «sammendrag» og «kommunen»`);
  }
  const id = gdprId(n);
  const related = numbers(item, 'relaterte', w, 99);
  if (related.includes(n)) throw new Error(`${w}: «relaterte» kan ikke vise til artikkelen selv`);
  return {
    id,
    kind: 'gdpr',
    path: `/${id}/`,
    short: `Art. ${n}`,
    title,
    heading: `Art. ${n} ${title}`,
    tooltip: `Personvernforordningen art. ${n}: ${title}`,
    brief: text(item, 'kortFortalt', w),
    summary,
    forMunicipality,
    aliases: strings(item, 'alias', w),
    status: status(item, w),
    checked: isoDate(item, 'sistKontrollert', w),
    sources: gdprSources(n),
    relevant,
    related,
    recitals: numbers(item, 'fortale', w, 173),
    article: n,
    chapter: structure.chapterOf.get(n)!.roman,
    section: structure.sectionOf.get(n)?.id,
    file,
    order: n,
  };
}

/** Builds and checks the register from the parsed YAML files. Throws a Norwegian message on bad data. */
export function buildRegister(raw: RawRegister, structure: GdprStructure): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  for (const [file, value] of Object.entries(raw.gdpr)) {
    list(value, file).forEach((item, i) => {
      entries.push(gdprEntry(item, `content/rettskilder/${file}.yaml, oppføring ${i + 1}`, `${file}.yaml`, structure));
    });
  }
  list(raw.lover, 'lover').forEach((item, i) => {
    const where = `content/rettskilder/lover.yaml, oppføring ${i + 1}`;
    onlyKeys(item, LAW_KEYS, where);
    const slug = text(item, 'slug', where);
    if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`${where}: «slug» kan bare ha små bokstaver a–z, sifre og bindestrek`);
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
      ...commonFields(item, where),
      file: 'lover.yaml',
      order: i,
    });
  });
  list(raw.dommer, 'dommer').forEach((item, i) => {
    const where = `content/rettskilder/dommer.yaml, oppføring ${i + 1}`;
    onlyKeys(item, CASE_KEYS, where);
    const number = text(item, 'nummer', where);
    const slug = text(item, 'slug', where);
    const court = text(item, 'instans', where);
    let id: string;
    if (court === 'EU-domstolen' || court === 'Retten') {
      const prefix = court === 'EU-domstolen' ? 'C' : 'T';
      if (!new RegExp(`^${prefix}-\\d{1,3}\\/\\d{2}$`).test(number))
        throw new Error(`${where}: «nummer» må skrives som ${prefix}-311/18 for ${court}`);
      id = caseId(number);
      if (`dommer/${slug}` !== id) throw new Error(`${where}: «slug» må være ${id.slice('dommer/'.length)}`);
    } else {
      if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`${where}: «slug» kan bare ha små bokstaver a–z, sifre og bindestrek`);
      id = `dommer/${slug}`;
    }
    const name = text(item, 'navn', where);
    const title = text(item, 'tittel', where);
    const judgment = court === 'EU-domstolen' || court === 'Retten';
    entries.push({
      id,
      kind: 'dom',
      path: `/${id}/`,
      short: number,
      title,
      heading: judgment ? `${number} ${name}` : name,
      tooltip: judgment ? `${court} ${number} ${name}: ${title}` : `${name} (${number}): ${title}`,
      ...commonFields(item, where),
      caseName: name,
      date: isoDate(item, 'dato', where),
      court,
      note: optionalText(item, 'merknad', where),
      file: 'dommer.yaml',
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

/** Every «sist kontrollert» date in the register, with where it is. */
function checkedStatements(entries: readonly RegisterEntry[]): CheckedStatement[] {
  return entries.map((e) => ({ where: `content/rettskilder/${e.file}: ${e.heading}`, checked: e.checked }));
}

/**
 * The build's currency check: throws (and so fails the build) when a date in
 * the register is invalid, in the future, or more than 12 months old on `today`.
 */
export function assertCurrent(entries: readonly RegisterEntry[], today: string): void {
  const problems = findStale(checkedStatements(entries), today);
  if (problems.length) throw new Error(describeProblems(problems));
}

/**
 * What is missing for a complete register: every article 1–99 present. Returns
 * Norwegian messages (empty when complete). A unit test runs it over the merged data.
 */
export function missingArticles(entries: readonly RegisterEntry[]): number[] {
  const present = new Set(entries.filter((e) => e.kind === 'gdpr').map((e) => e.article));
  return range(1, 99).filter((n) => !present.has(n));
}

/** "2020-07-16" -> "16. juli 2020". */
export function formatDate(iso: string): string {
  return formatLongDate(iso);
}

/** Splits a summary into paragraphs. */
export function paragraphs(textValue: string): string[] {
  return textValue
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
