/**
 * Finds references to legal sources in running Norwegian text: GDPR articles
 * ("art. 35", "artikkel 6 (1) e", "GDPR art. 26", "6(1)(f)", "art. 44–49"),
 * the Norwegian laws by name ("arkivlova", "forvaltningsloven", …) and CJEU
 * case numbers ("C-311/18"). Pure: no DOM, no file system.
 *
 * Each match carries the register id it points to (the entry's path without
 * slashes at the ends, e.g. "gdpr/artikkel-35"). The letter, paragraph or
 * subparagraph stays in the matched text; the link goes to the article.
 */

export type RefKind = 'gdpr' | 'lov' | 'dom';

export interface RefMatch {
  /** Offset of the first character of the match in the text. */
  start: number;
  /** Offset just after the match. */
  end: number;
  /** The matched text, exactly as written. */
  text: string;
  /** Register id, e.g. "gdpr/artikkel-6", "lover/arkivlova", "dommer/c-311-18". */
  id: string;
  kind: RefKind;
}

/** The laws the register knows, by slug, with the word stem that names them. */
const LAW_STEMS: Record<string, string> = {
  personopplysningsloven: 'personopplysningslov',
  arkivlova: 'arkivlov',
  offentleglova: 'offentleglov',
  forvaltningsloven: 'forvaltningslov',
  kommuneloven: 'kommunelov',
  andsverkloven: 'åndsverklov',
};

export function gdprId(article: number): string {
  return `gdpr/artikkel-${article}`;
}
export function lawId(slug: string): string {
  return `lover/${slug}`;
}
export function caseId(caseNumber: string): string {
  // "C-311/18" -> "dommer/c-311-18", "T-553/23" -> "dommer/t-553-23"
  return `dommer/${caseNumber
    .toLowerCase()
    .replace(/[\u2010\u2011\u2012\u2013-]/g, '-')
    .replace('/', '-')}`;
}

const L = '\\p{L}';
// Characters that may not touch a reference on either side (letters, digits).
const NOT_BEFORE = `(?<![${L}\\d])`;
const NOT_AFTER = `(?![${L}\\d])`;

const SPACE = '[ \\u00a0]';
const DASH = '[\\u2010\\u2011\\u2012\\u2013\\u2014-]';
// An article number: 1–99, no leading zero.
const NUM = '[1-9]\\d?';
// The detail kept in the link text: "nr. 1", "bokstav f", "andre ledd", "(1)", "(f)", " (1) e".
const ORDINAL = '(?:første|andre|annet|tredje|fjerde|femte)';
const DETAIL =
  `(?:${SPACE}?\\(\\d{1,2}\\)(?:${SPACE}?\\([a-z]\\)|${SPACE}[a-z](?![${L}\\d]))?` + // (1)(f), (1) e
  `|${SPACE}nr\\.${SPACE}\\d{1,2}` + // nr. 1
  `|${SPACE}bokstav${SPACE}[a-z](?![${L}\\d])` + // bokstav f
  `|${SPACE}${ORDINAL}${SPACE}ledd` + // andre ledd
  `)`;
const PREFIX = `(?:(?:GDPR|personvernforordningen|forordningen)${SPACE})?`;
const KEYWORD = `(?:art\\.?|artikkel|artiklene|artikler)`;

// "art. 6 nr. 1 bokstav f", optionally followed by "–49", "og 14", ", 13".
const ARTICLE_RE = new RegExp(`${NOT_BEFORE}(${PREFIX}${KEYWORD}${SPACE})(${NUM})((?:${DETAIL})*)${NOT_AFTER}`, 'giu');
// A following number in a range or list: "–49", " og 14", ", 13", " til 49".
const CONTINUATION_RE = new RegExp(
  `^(${SPACE}?${DASH}${SPACE}?|,${SPACE}|${SPACE}og${SPACE}|${SPACE}til${SPACE}|${SPACE}eller${SPACE})(${NUM})((?:${DETAIL})*)${NOT_AFTER}(?!\\/)`,
  'iu',
);
// Bare "6(1)(f)" / "6(1) f" without the word "art.": needs at least the "(1)".
const BARE_RE = new RegExp(
  `${NOT_BEFORE}(?<![\\/.,-]\\d*)(${NUM})(\\(\\d{1,2}\\)(?:\\([a-z]\\)|${SPACE}[a-z](?![${L}\\d]))?)${NOT_AFTER}`,
  'gu',
);
const LAW_RE = new RegExp(
  `${NOT_BEFORE}(?:ny${SPACE}|nye${SPACE})?(${Object.values(LAW_STEMS).join('|')})(?:a|en|e)?` +
    `(?:${SPACE}§${SPACE}?\\d{1,3}(?:-\\d{1,3})?)?${NOT_AFTER}`,
  'giu',
);
const CASE_RE = new RegExp(`${NOT_BEFORE}([CT])${DASH}(\\d{1,3})\\/(\\d{2})${NOT_AFTER}(?!\\/)`, 'gu');

function overlaps(a: RefMatch, list: RefMatch[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/**
 * All references in `text`, in order, never overlapping. When `known` is
 * given, only references whose id it accepts are returned (the register has
 * no entry for the others, so they are left as plain text).
 */
export function findReferences(text: string, known?: (id: string) => boolean): RefMatch[] {
  const found: RefMatch[] = [];
  const push = (m: RefMatch) => {
    if (!overlaps(m, found)) found.push(m);
  };

  for (const m of text.matchAll(ARTICLE_RE)) {
    const start = m.index;
    const head = m[1] + m[2] + m[3];
    push({ start, end: start + head.length, text: head, id: gdprId(Number(m[2])), kind: 'gdpr' });
    // Ranges and lists: each further number links to its own article.
    let pos = start + head.length;
    for (;;) {
      const c = CONTINUATION_RE.exec(text.slice(pos));
      if (!c) break;
      const numStart = pos + c[1].length;
      const numText = c[2] + c[3];
      push({ start: numStart, end: numStart + numText.length, text: numText, id: gdprId(Number(c[2])), kind: 'gdpr' });
      pos = numStart + numText.length;
    }
  }
  for (const m of text.matchAll(BARE_RE)) {
    push({ start: m.index, end: m.index + m[0].length, text: m[0], id: gdprId(Number(m[1])), kind: 'gdpr' });
  }
  for (const m of text.matchAll(LAW_RE)) {
    const stem = m[1].toLowerCase();
    const slug = Object.keys(LAW_STEMS).find((s) => LAW_STEMS[s] === stem);
    if (!slug) continue;
    // Link only the law's name (and a following "§ 4-1"), not the word "ny" before it.
    const offset = m[0].toLowerCase().indexOf(stem);
    push({ start: m.index + offset, end: m.index + m[0].length, text: m[0].slice(offset), id: lawId(slug), kind: 'lov' });
  }
  for (const m of text.matchAll(CASE_RE)) {
    push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      id: `dommer/${m[1].toLowerCase()}-${m[2]}-${m[3]}`,
      kind: 'dom',
    });
  }
  found.sort((a, b) => a.start - b.start);
  return known ? found.filter((m) => known(m.id)) : found;
}

/** Splits text into plain strings and references, in order (for rendering). */
export function segmentText(text: string, known?: (id: string) => boolean): (string | RefMatch)[] {
  const out: (string | RefMatch)[] = [];
  let pos = 0;
  for (const m of findReferences(text, known)) {
    if (m.start > pos) out.push(text.slice(pos, m.start));
    out.push(m);
    pos = m.end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}
