/**
 * Reading CSV text (RFC 4180) into rows of fields, and the cell helpers the
 * account importer uses: Excel's column letters and dates as Excel writes
 * them back. Pure.
 */
import { BOM, SEPARATOR } from './csv-columns';

export interface CsvError {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  /** The column's header, when the error concerns one field. */
  column?: string;
  message: string;
}

export type ParsedRows = { ok: true; rows: string[][] } | { ok: false; errors: CsvError[] };

/**
 * Splits CSV text into rows of fields (RFC 4180): quoted fields may hold the
 * separator, doubled quotes and line breaks. A BOM is dropped; CRLF, LF and CR
 * all end a row.
 */
export function parseCsvRows(input: string, separator = SEPARATOR): ParsedRows {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  let rowStart = 1;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === '"') {
      return {
        ok: false,
        errors: [
          {
            row: rows.length + 1,
            column: undefined,
            message: `Rad ${rows.length + 1}: anførselstegn midt i et felt som ikke står i anførselstegn. Sett hele feltet i anførselstegn og doble anførselstegnene inni («""»).`,
          },
        ],
      };
    }
    if (ch === separator) {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rowStart = rows.length + 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (quoted) {
    return {
      ok: false,
      errors: [{ row: rowStart, message: `Rad ${rowStart}: et felt starter med anførselstegn som aldri blir avsluttet.` }],
    };
  }
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}

/** Column letters as in Excel: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Accepts YYYY-MM-DD and the Norwegian DD.MM.YYYY (what Excel writes back); returns ISO or null. */
export function parseDate(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return '';
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    y = +match[1];
    m = +match[2];
    d = +match[3];
  } else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value))) {
    d = +match[1];
    m = +match[2];
    y = +match[3];
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
