/**
 * The structure of the GDPR (chapters, sections, articles) with the official
 * Norwegian headings, parsed from content/rettskilder/gdpr-overskrifter.tsv
 * (a copy of the shared headings file). Pure: the file's text is handed in.
 *
 * The file has one row per chapter («kapittel», number I–XI), section
 * («avsnitt», number like III.1) and article («artikkel», 1–99), in the
 * regulation's order. An article belongs to the chapter and section above it.
 */

interface GdprSection {
  /** "III.1" */
  id: string;
  /** "Åpenhet og vilkår" */
  heading: string;
  articles: number[];
}

interface GdprChapter {
  /** "III" */
  roman: string;
  /** 1–11 */
  number: number;
  heading: string;
  /** URL slug: "kapittel-iii" */
  slug: string;
  sections: GdprSection[];
  /** Every article of the chapter, in order (also those in sections). */
  articles: number[];
}

export interface GdprStructure {
  chapters: GdprChapter[];
  /** Article number -> official heading. */
  headings: Map<number, string>;
  /** Article number -> chapter. */
  chapterOf: Map<number, GdprChapter>;
  /** Article number -> section, when the chapter has sections. */
  sectionOf: Map<number, GdprSection>;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI'];

function chapterSlug(roman: string): string {
  return `kapittel-${roman.toLowerCase()}`;
}

/** Parses the headings file. Throws a Norwegian message when a row is wrong. */
export function parseStructure(tsv: string): GdprStructure {
  const chapters: GdprChapter[] = [];
  const headings = new Map<number, string>();
  const chapterOf = new Map<number, GdprChapter>();
  const sectionOf = new Map<number, GdprSection>();
  let chapter: GdprChapter | undefined;
  let section: GdprSection | undefined;
  const lines = tsv.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, number, heading] = line.split('\t');
    if (kind === 'kind') return; // header row
    const where = `gdpr-overskrifter.tsv, linje ${i + 1}`;
    if (!heading?.trim()) throw new Error(`${where}: overskriften mangler`);
    if (kind === 'kapittel') {
      const n = ROMAN.indexOf(number);
      if (n !== chapters.length) throw new Error(`${where}: kapittel ${number} kommer i feil rekkefølge`);
      chapter = { roman: number, number: n + 1, heading: heading.trim(), slug: chapterSlug(number), sections: [], articles: [] };
      section = undefined;
      chapters.push(chapter);
    } else if (kind === 'avsnitt') {
      if (!chapter || !number.startsWith(`${chapter.roman}.`))
        throw new Error(`${where}: avsnitt ${number} hører ikke til kapittel ${chapter?.roman ?? '?'}`);
      section = { id: number, heading: heading.trim(), articles: [] };
      chapter.sections.push(section);
    } else if (kind === 'artikkel') {
      const n = Number(number);
      if (!chapter || n !== headings.size + 1) throw new Error(`${where}: artikkel ${number} kommer i feil rekkefølge`);
      headings.set(n, heading.trim());
      chapter.articles.push(n);
      chapterOf.set(n, chapter);
      if (section) {
        section.articles.push(n);
        sectionOf.set(n, section);
      }
    } else {
      throw new Error(`${where}: ukjent type «${kind}»`);
    }
  });
  if (headings.size !== 99) throw new Error(`gdpr-overskrifter.tsv: fant ${headings.size} artikler, ventet 99`);
  if (chapters.length !== 11) throw new Error(`gdpr-overskrifter.tsv: fant ${chapters.length} kapitler, ventet 11`);
  return { chapters, headings, chapterOf, sectionOf };
}

/** "III.1" -> "Avsnitt 1". */
export function sectionLabel(id: string): string {
  return `Avsnitt ${id.split('.')[1]}`;
}
