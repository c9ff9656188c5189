/**
 * The exported file: building it, naming it and writing it as text. Kept
 * apart from reading (file.ts), so that every tool page can export without
 * loading the import checks. Pure TypeScript: no DOM, no storage.
 */
import { localDate } from '../dates';
import { FORMAT, FORMAT_VERSION, type Account, type Assessment, type WorkspaceFile } from '../model/schema';

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

/** A file-name part: lower case, æ/ø/å spelled out, other letters without accents, dashes between words. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug;
}


/**
 * The file name: `pvk-<plattform>-<enhet>-<dato>.json` for one assessment,
 * `some-veilederen-arbeidsomrade-<dato>.json` for the whole workspace.
 */
export function exportFileName(now: Date, assessment?: Pick<Assessment, 'platform' | 'unit' | 'title'>): string {
  if (!assessment) return `some-veilederen-arbeidsomrade-${localDate(now)}.json`;
  const parts = [slugify(assessment.platform), slugify(assessment.unit)].filter(Boolean);
  const name = parts.length > 0 ? parts.join('-') : slugify(assessment.title) || 'vurdering';
  return `pvk-${name}-${localDate(now)}.json`;
}

