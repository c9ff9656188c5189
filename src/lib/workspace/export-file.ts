/**
 * The exported file: building it, naming it and writing it as text. Kept
 * apart from reading (file.ts), so that every tool page can export without
 * loading the import checks. Pure TypeScript: no DOM, no storage.
 */
import { localDate } from '../dates';
import { FORMAT, FORMAT_VERSION, type Account, type Assessment, type WorkspaceFile } from '../model/schema';
import { slugify } from './slug';

/** Builds the file for the given assessments and accounts. */
export function buildExportFile(
  assessments: readonly Assessment[],
  accounts: readonly Account[],
  now: Date,
  appVersion: string,
): WorkspaceFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    assessments: [...assessments],
    accounts: [...accounts],
  };
}

/** The file's text: pretty-printed JSON with a final newline. */
export function serializeFile(file: WorkspaceFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * The one naming convention of every export: `<dato>-<enhet>-<tittel>` for
 * what belongs to one assessment (the JSON file, the Word file, the PDF the
 * browser suggests when printing), with a word for the kind of content when
 * the same assessment has more than one file of a type (`-risikobilde`).
 * The date is the local calendar date (YYYY-MM-DD). A missing unit or title is
 * left out; with neither, the name says `vurdering`.
 */
export function assessmentFileBase(date: string, assessment: Pick<Assessment, 'unit' | 'title'>, kind = ''): string {
  const named = [slugify(assessment.unit), slugify(assessment.title)].filter(Boolean);
  return [date, ...(named.length > 0 ? named : ['vurdering']), slugify(kind)].filter(Boolean).join('-');
}

/** `<dato>-<enhet>-<tittel>.<ext>` (see assessmentFileBase). */
export function assessmentFileName(date: string, assessment: Pick<Assessment, 'unit' | 'title'>, ext: string, kind = ''): string {
  return `${assessmentFileBase(date, assessment, kind)}.${ext}`;
}

/** Files that are not about one assessment: `<dato>-<hva>.<ext>`, e.g. `2026-11-22-kontogjennomgang.csv`. */
export function siteFileName(date: string, what: string, ext: string): string {
  return `${date}-${slugify(what)}.${ext}`;
}

/**
 * The JSON export: `<dato>-<enhet>-<tittel>.json` for one assessment,
 * `<dato>-some-veilederen-arbeidsomrade.json` for the whole workspace.
 */
export function exportFileName(now: Date, assessment?: Pick<Assessment, 'unit' | 'title'>): string {
  if (!assessment) return siteFileName(localDate(now), 'some-veilederen-arbeidsomrade', 'json');
  return assessmentFileName(localDate(now), assessment, 'json');
}
