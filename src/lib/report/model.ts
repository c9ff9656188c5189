/**
 * The report as a document model: plain data (headings, paragraphs, fact
 * lists, tables) that both the HTML view and the Word export render, so the
 * printed report and the .docx always say the same. Pure: no DOM.
 */
import type { Band } from '../risk/scoring';

export type Block =
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      caption: string;
      headers: string[];
      rows: string[][];
      /** The first column holds row headers. */
      rowHeaders?: boolean;
      /** For heat maps: the band of each body cell (first column excluded), for patterns on screen. */
      bands?: (Band | null)[][];
    };

export interface ReportSection {
  id: string;
  title: string;
  blocks: Block[];
}

/** What the Word file's header, footer and document properties say. */
interface ReportMeta {
  /** The municipality, when the assessment names one (empty otherwise). */
  municipality: string;
  unit: string;
  /** The assessment's own title. */
  assessmentTitle: string;
  /** The report's date (YYYY-MM-DD). */
  date: string;
  /** The assessment's fingerprint (src/lib/decisions/fingerprint.ts). */
  fingerprint: string;
  /** «Versjon 22. november 2026, fingeravtrykk fnv1a64:…». */
  version: string;
}

export interface ReportModel {
  title: string;
  meta: ReportMeta;
  /** Cover facts: platform, unit, owner, date, status. */
  cover: { label: string; value: string }[];
  status: string;
  sections: ReportSection[];
  /** The file name without extension, `<dato>-<enhet>-<tittel>`: the PDF's suggested name when printing. */
  fileBase: string;
  /** Suggested file name of the Word export: `<dato>-<enhet>-<tittel>.docx`. */
  fileName: string;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "2026-11-22" → "22. november 2026" (returns the input when it is not a date). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])}. ${month} ${m[1]}` : iso;
}

/** Plain text of the whole report (for tests and comparisons). */
export function reportText(model: ReportModel): string {
  const lines: string[] = [model.title, ...model.cover.map((c) => `${c.label}: ${c.value}`)];
  for (const s of model.sections) {
    lines.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph' || b.kind === 'subheading') lines.push(b.text);
      else if (b.kind === 'facts') lines.push(...b.items.map((i) => `${i.label}: ${i.value}`));
      else if (b.kind === 'list') lines.push(...b.items);
      else lines.push(b.caption, b.headers.join(' | '), ...b.rows.map((r) => r.join(' | ')));
    }
  }
  return lines.join('\n');
}
