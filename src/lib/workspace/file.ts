/**
 * Reading an exported file back, and previewing what importing it would do
 * (building and naming the file is in export-file.ts, the import plan in
 * import-plan.ts). Reading refuses anything that is not a valid workspace file of a version this app
 * knows, with a Norwegian message that names what is wrong and where; it never
 * changes anything by itself. Pure TypeScript: no DOM, no storage.
 */
import { check } from '../model/check';
import { FORMAT, FORMAT_VERSION, workspaceFile, type Account, type WorkspaceFile } from '../model/schema';
import { isVersion, migrate, MIGRATIONS, type Migration } from '../model/migrations';
import { findShapeProblem, parseJson, stripBom, utf8Length } from './safe-json';
import { fieldProblem, problemText } from './issues';
import { has, type CurrentData } from './import-plan';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './file-size';

export type ReadResult = { ok: true; file: WorkspaceFile; migrated: string[] } | { ok: false; message: string; path?: string };

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
    return refuse(tooLargeMessage(size));
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
  if (shape?.kind === 'too-deep')
    return refuse(`Filen er nøstet for dypt (ved ${shape.path}). Det er ikke en eksport fra SoMe-veilederen.`, shape.path);
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
  const checked = check(workspaceFile, migrated.data);
  if (!checked.ok) {
    const problem = fieldProblem(checked.problem);
    return refuse(problemText(problem), problem.path);
  }
  const file = checked.value;
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

/* ---------------- Import: preview ---------------- */

interface ImportItem {
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

const accountLabel = (a: Account) => [a.platform, a.name].filter(Boolean).join(': ') || a.id;

/** What an import would do, for the user to confirm. */
export function previewImport(file: WorkspaceFile, current: CurrentData, migrated: string[] = []): ImportPreview {
  const assessments = file.assessments.map((a): ImportItem => {
    const existing = has(current.assessments, a.id) ? current.assessments[a.id] : null;
    return {
      id: a.id,
      label: a.title,
      updatedAt: a.updatedAt,
      existing: existing && { label: existing.title, updatedAt: existing.updatedAt },
    };
  });
  const accounts = file.accounts.map((a): ImportItem => {
    const existing = has(current.accounts, a.id) ? current.accounts[a.id] : null;
    return {
      id: a.id,
      label: accountLabel(a),
      updatedAt: a.updatedAt,
      existing: existing && { label: accountLabel(existing), updatedAt: existing.updatedAt },
    };
  });
  const conflicts = [...assessments, ...accounts].filter((i) => i.existing).length;
  return { exportedAt: file.exportedAt, appVersion: file.appVersion, migrated, assessments, accounts, conflicts };
}
