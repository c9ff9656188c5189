/**
 * The account register as CSV for Norwegian Excel: UTF-8 with BOM (so æøå are
 * read correctly), semicolon as separator (Excel in Norwegian uses comma as the
 * decimal sign), CRLF line endings, fields quoted when needed, dates ISO 8601.
 *
 * The importer reads the same file back (also after a round through Excel, which
 * may turn ISO dates into 31.12.2026), validates every row and either returns all
 * accounts or a list of errors with row and column: all or nothing.
 * Pure functions: no DOM, no storage.
 */
import type { Account } from '../model/schema';
import { DELETION_OPTIONS } from './review';
import { BOM, SEPARATOR, EOL, type Field, CSV_COLUMNS } from './csv-columns';

export { BOM, SEPARATOR, EOL, CSV_COLUMNS } from './csv-columns';
export { parseCsvRows, columnLetter, parseDate, type CsvError, type ParsedRows } from './csv-rows';
export { parseAccountsCsv, type ImportOptions, type ImportResult } from './csv-import';

function fieldValue(acc: Account, field: Field): string | number | null {
  switch (field) {
    case 'archivedDate':
      return acc.archived.date;
    case 'archivedReference':
      return acc.archived.reference;
    case 'deletionScope':
      return acc.deletion ? DELETION_OPTIONS.find((o) => o.value === acc.deletion!.scope)!.label : '';
    case 'deletionDate':
      return acc.deletion?.date ?? '';
    case 'deletionNote':
      return acc.deletion?.note ?? '';
    default:
      return acc[field];
  }
}

/** What the export needs to know about a linked assessment. */
export type AssessmentLookup = (assessmentId: string) => { title: string; decision: string } | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it contains the separator, a quote, a line break or surrounding spaces. */
export function csvField(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Free text that Excel would read as a formula (starts with = + - @) gets a
 * leading apostrophe, which the importer removes again.
 */
function protectText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(acc: Account, column: (typeof CSV_COLUMNS)[number], lookup: AssessmentLookup): string {
  if (column.derived === 'updatedAt') return acc.updatedAt;
  if (column.derived) {
    const linked = acc.assessmentId ? lookup(acc.assessmentId) : null;
    if (column.derived === 'assessmentTitle') return protectText(linked?.title ?? '');
    return protectText(linked?.decision ?? '');
  }
  const value = fieldValue(acc, column.field!);
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return column.field === 'id' || column.field === 'assessmentId' ? value : protectText(value);
}

/** The whole register as a CSV file's text (with BOM). */
export function accountsToCsv(accounts: readonly Account[], lookup: AssessmentLookup = () => null): string {
  const header = CSV_COLUMNS.map((c) => csvField(c.header)).join(SEPARATOR);
  const rows = accounts.map((acc) => CSV_COLUMNS.map((c) => csvField(cell(acc, c, lookup))).join(SEPARATOR));
  return BOM + [header, ...rows].join(EOL) + EOL;
}

/** The register as a JSON file's text. */
export function accountsToJson(accounts: readonly Account[], exportedAt: string): string {
  return JSON.stringify({ format: 'some-veilederen/kontoer', version: 1, exportedAt, accounts }, null, 2) + '\n';
}
