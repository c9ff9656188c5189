/**
 * The exported file: building it, naming it, and reading it back. Reading
 * refuses anything that is not a valid workspace file of a version this app
 * knows, with a Norwegian message that names what is wrong and where; it never
 * changes anything by itself. Pure TypeScript: no DOM, no storage.
 */
import * as v from 'valibot';
import {
  FORMAT,
  FORMAT_VERSION,
  workspaceFile,
  type Account,
  type Assessment,
  type WorkspaceFile,
} from '../model/schema';
import { isVersion, migrate, MIGRATIONS, type Migration } from '../model/migrations';
import { findShapeProblem, stripBom, utf8Length } from './safe-json';
import { firstProblem, problemText } from './issues';

/** The largest file the import reads: 10 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  | { ok: true; file: WorkspaceFile; migrated: string[] }
  | { ok: false; message: string; path?: string };

const refuse = (message: string, path?: string): ReadResult => ({ ok: false, message, ...(path ? { path } : {}) });

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  switch (typeof value) {
    case 'string':
      return 'en tekst';
    case 'number':
      return 'et tall';
    case 'boolean':
      return 'en sannhetsverdi';
    default:
      return typeof value;
  }
}

/** Formats a byte count for messages ("10 MB", "512 kB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024).toLocaleString('nb-NO')} kB`;
  return `${bytes} byte`;
}

/** Parses JSON text, with the position of a syntax error in Norwegian. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(detail)?.[1];
    // A parser that stops at (or next to) the last character ran out of text: the file is cut off.
    const end = /end of (JSON )?(data|input)|unterminated/i.test(detail) || (position !== undefined && Number(position) >= text.trimEnd().length - 1);
    return {
      ok: false,
      message:
        'Filen er ikke gyldig JSON' +
        (end ? ': den slutter for tidlig, så den er trolig avkuttet.' : position ? `: feil ved tegn ${Number(position) + 1}.` : '.'),
    };
  }
}

/**
 * Reads an exported workspace file. `byteSize` is the size of the file as the
 * browser reports it (the text's UTF-8 length is used when it is not given).
 */
export function readWorkspaceFile(
  text: string,
  byteSize?: number,
  chain: readonly Migration[] = MIGRATIONS,
  target: number = FORMAT_VERSION,
): ReadResult {
  const size = byteSize ?? utf8Length(text);
  if (size > MAX_IMPORT_BYTES) {
    return refuse(`Filen er ${formatBytes(size)}. Den største filen som kan leses inn, er ${formatBytes(MAX_IMPORT_BYTES)}.`);
  }
  const body = stripBom(text);
  if (body.trim() === '') return refuse('Filen er tom.');
  const parsed = parseJson(body);
  if (!parsed.ok) return refuse(parsed.message);
  const data = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return refuse(`Filen inneholder ${describeType(data)}, ikke et arbeidsområde fra SoMe-veilederen.`);
  }
  const shape = findShapeProblem(data);
  if (shape?.kind === 'forbidden-key') {
    return refuse(
      `Filen inneholder nøkkelen «${shape.key}» i ${shape.path}. Slike nøkler kan brukes til å angripe nettsider, og filen leses derfor ikke.`,
      shape.path,
    );
  }
  if (shape?.kind === 'too-deep') return refuse(`Filen er nøstet for dypt (ved ${shape.path}). Det er ikke en eksport fra SoMe-veilederen.`, shape.path);
  const record = data as Record<string, unknown>;
  if (record.format !== FORMAT) {
    return refuse(
      record.format === undefined
        ? `Filen er ikke en eksport fra SoMe-veilederen: feltet format mangler (forventet «${FORMAT}»).`
        : `Filen er ikke en eksport fra SoMe-veilederen: format er ${JSON.stringify(record.format).slice(0, 80)}, forventet «${FORMAT}».`,
      'format',
    );
  }
  if (!isVersion(record.version)) {
    return refuse(
      record.version === undefined
        ? 'Filen mangler feltet version (formatets versjonsnummer).'
        : `Feltet version må være et heltall fra og med 1 (fant ${JSON.stringify(record.version).slice(0, 40)}).`,
      'version',
    );
  }
  const migrated = migrate(record, record.version, chain, target);
  if (!migrated.ok) return refuse(migrated.message, 'version');
  const checked = v.safeParse(workspaceFile, migrated.data);
  if (!checked.success) {
    const problem = firstProblem(checked.issues);
    return refuse(problemText(problem), problem.path);
  }
  const file = checked.output;
  const duplicate = findDuplicateId(file.assessments) ?? findDuplicateId(file.accounts);
  if (duplicate) {
    const list = file.assessments.some((a) => a.id === duplicate.id) ? 'assessments' : 'accounts';
    const path = `${list}[${duplicate.index}].id`;
    return refuse(`Feil i ${path}: id-en «${duplicate.id}» finnes mer enn én gang i filen.`, path);
  }
  return { ok: true, file, migrated: migrated.applied };
}

function findDuplicateId(items: readonly { id: string }[]): { id: string; index: number } | null {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) return { id: item.id, index };
    seen.add(item.id);
  }
  return null;
}

/* ---------------- Export ---------------- */

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

/** The local calendar date as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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

/* ---------------- Import: preview and plan ---------------- */

export type ConflictChoice = 'replace' | 'keep-both';

export interface ImportItem {
  id: string;
  label: string;
  updatedAt: string;
  /** The item with the same id already here, or null when the import adds it. */
  existing: { label: string; updatedAt: string } | null;
}

export interface ImportPreview {
  exportedAt: string;
  appVersion: string;
  migrated: string[];
  assessments: ImportItem[];
  accounts: ImportItem[];
  conflicts: number;
}

export interface CurrentData {
  assessments: Readonly<Record<string, Assessment>>;
  accounts: Readonly<Record<string, Account>>;
}

const accountLabel = (a: Account) => [a.platform, a.name].filter(Boolean).join(': ') || a.id;
const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** What an import would do, for the user to confirm. */
export function previewImport(file: WorkspaceFile, current: CurrentData, migrated: string[] = []): ImportPreview {
  const assessments = file.assessments.map((a): ImportItem => {
    const existing = has(current.assessments, a.id) ? current.assessments[a.id]! : null;
    return { id: a.id, label: a.title, updatedAt: a.updatedAt, existing: existing && { label: existing.title, updatedAt: existing.updatedAt } };
  });
  const accounts = file.accounts.map((a): ImportItem => {
    const existing = has(current.accounts, a.id) ? current.accounts[a.id]! : null;
    return { id: a.id, label: accountLabel(a), updatedAt: a.updatedAt, existing: existing && { label: accountLabel(existing), updatedAt: existing.updatedAt } };
  });
  const conflicts = [...assessments, ...accounts].filter((i) => i.existing).length;
  return { exportedAt: file.exportedAt, appVersion: file.appVersion, migrated, assessments, accounts, conflicts };
}

export interface ImportPlan {
  /** Assessments to write (new or replacing), by their final id. */
  assessments: Assessment[];
  accounts: Account[];
}

const IMPORTED_SUFFIX = ' (importert)';

/**
 * What to write for an import. With "replace", an item with an id that already
 * exists replaces it; with "keep-both" it gets a new id (and, for an assessment,
 * " (importert)" after its title) and both are kept. Accounts that point to a
 * renamed assessment follow it.
 */
export function planImport(file: WorkspaceFile, current: CurrentData, choice: ConflictChoice, makeId: (prefix: string) => string): ImportPlan {
  const renamed = new Map<string, string>();
  const taken = new Set([...Object.keys(current.assessments), ...file.assessments.map((a) => a.id)]);
  const assessments = file.assessments.map((a) => {
    if (choice === 'replace' || !has(current.assessments, a.id)) return a;
    let id = makeId('v');
    while (taken.has(id)) id = makeId('v');
    taken.add(id);
    renamed.set(a.id, id);
    const title = (a.title + IMPORTED_SUFFIX).length <= 500 ? a.title + IMPORTED_SUFFIX : a.title;
    return { ...a, id, title };
  });
  const takenAccounts = new Set([...Object.keys(current.accounts), ...file.accounts.map((a) => a.id)]);
  const accounts = file.accounts.map((a) => {
    const assessmentId = a.assessmentId !== null && renamed.has(a.assessmentId) ? renamed.get(a.assessmentId)! : a.assessmentId;
    if (choice === 'replace' || !has(current.accounts, a.id)) return { ...a, assessmentId };
    let id = makeId('k');
    while (takenAccounts.has(id)) id = makeId('k');
    takenAccounts.add(id);
    return { ...a, id, assessmentId };
  });
  return { assessments, accounts };
}
