/**
 * Reading the account register's CSV file back (also after a round through
 * Excel, which may turn ISO dates into 31.12.2026): every row is validated, and
 * the result is all accounts or a list of errors with row and column. Pure.
 */
import { check } from '../model/check';
import { account, type Account } from '../model/schema';
import { DELETION_OPTIONS, LOGIN_OPTIONS, NEED_OPTIONS, VERDICT_OPTIONS, deletionProblem } from './review';
import { BOM, SEPARATOR, type Field, OPTIONAL_FIELDS, CSV_COLUMNS } from './csv-columns';
import { columnLetter, parseCsvRows, parseDate, type CsvError } from './csv-rows';

export interface ImportOptions {
  /** Makes an id for rows without one. */
  newId: () => string;
  /** The updatedAt stamp for imported accounts (the store stamps it again on save). */
  now: string;
}

export type ImportResult = { ok: true; accounts: Account[] } | { ok: false; errors: CsvError[] };

const normalise = (s: string) => s.trim().toLocaleLowerCase('nb');

const unprotect = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function picklist<T extends string>(raw: string, options: readonly { value: T; label: string }[], fallback: T): T | null {
  const value = normalise(raw);
  if (value === '') return fallback;
  const hit = options.find((o) => o.value === value || normalise(o.label) === value);
  return hit ? hit.value : null;
}

/**
 * Reads a CSV file written by {@link accountsToCsv} (or edited in Excel) into
 * accounts. Every problem is reported with its row and column, in Norwegian;
 * if there is any, no account is returned.
 */
export function parseAccountsCsv(input: string, options: ImportOptions): ImportResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (firstLine.trim() === '') return { ok: false, errors: [{ row: 1, message: 'Filen er tom eller mangler overskriftsraden.' }] };
  const separator = firstLine.includes(SEPARATOR) ? SEPARATOR : firstLine.includes(',') ? ',' : SEPARATOR;
  const parsed = parseCsvRows(text, separator);
  if (!parsed.ok) return parsed;
  const [header = [], ...body] = parsed.rows;

  const errors: CsvError[] = [];
  const columnIndex = new Map<Field, number>();
  header.forEach((name, index) => {
    const column = CSV_COLUMNS.find((c) => normalise(c.header) === normalise(name));
    if (!column) {
      if (name.trim() !== '')
        errors.push({ row: 1, column: name, message: `Rad 1, kolonne ${columnLetter(index)}: ukjent kolonne «${name.trim()}».` });
      return;
    }
    if (column.field) {
      if (columnIndex.has(column.field))
        errors.push({
          row: 1,
          column: column.header,
          message: `Rad 1, kolonne ${columnLetter(index)}: kolonnen «${column.header}» står to ganger.`,
        });
      else columnIndex.set(column.field, index);
    }
  });
  for (const column of CSV_COLUMNS) {
    if (column.field && column.field !== 'id' && !OPTIONAL_FIELDS.includes(column.field) && !columnIndex.has(column.field)) {
      errors.push({ row: 1, column: column.header, message: `Rad 1: kolonnen «${column.header}» mangler.` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const accounts: Account[] = [];
  const seen = new Map<string, number>();
  body.forEach((fields, index) => {
    const rowNo = index + 2;
    if (fields.every((f) => f.trim() === '')) return; // blank lines (Excel leaves some at the end)
    const get = (field: Field) => {
      const at = columnIndex.get(field);
      return at === undefined ? '' : (fields[at] ?? '');
    };
    const fail = (field: Field, message: string) => {
      const header = CSV_COLUMNS.find((c) => c.field === field)!.header;
      const at = columnIndex.get(field);
      errors.push({
        row: rowNo,
        column: header,
        message: `Rad ${rowNo}, kolonne «${header}»${at === undefined ? '' : ` (${columnLetter(at)})`}: ${message}`,
      });
    };
    const before = errors.length;
    if (fields.length > header.length) {
      errors.push({
        row: rowNo,
        message: `Rad ${rowNo}: raden har ${fields.length} felt, men overskriftsraden har ${header.length}. Sjekk semikolon og anførselstegn.`,
      });
      return;
    }

    let id = get('id').trim();
    if (id === '') id = options.newId();
    else if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) fail('id', `«${id}» er ikke en gyldig id (bare bokstaver, tall, - og _).`);
    else if (seen.has(id)) fail('id', `samme id som rad ${seen.get(id)}.`);
    seen.set(id, rowNo);

    const platform = unprotect(get('platform').trim());
    const name = unprotect(get('name').trim());
    if (platform === '') fail('platform', 'plattform må fylles ut.');
    if (name === '') fail('name', 'navn må fylles ut.');

    const adminRaw = get('adminCount').trim();
    let adminCount: number | null = null;
    if (adminRaw !== '') {
      if (!/^\d+$/.test(adminRaw) || Number(adminRaw) > 10_000)
        fail('adminCount', `«${adminRaw}» er ikke et helt tall mellom 0 og 10 000.`);
      else adminCount = Number(adminRaw);
    }

    const login = picklist(get('login'), LOGIN_OPTIONS, 'ukjent');
    if (login === null) fail('login', `«${get('login').trim()}» er ikke gyldig. Bruk personlig, felles, blandet eller ukjent.`);
    const documentedNeed = picklist(get('documentedNeed'), NEED_OPTIONS, 'ukjent');
    if (documentedNeed === null) fail('documentedNeed', `«${get('documentedNeed').trim()}» er ikke gyldig. Bruk ja, nei eller ukjent.`);
    const verdict = picklist(get('verdict'), VERDICT_OPTIONS, 'vurderes');
    if (verdict === null) fail('verdict', `«${get('verdict').trim()}» er ikke gyldig. Bruk behold, slett eller vurderes.`);

    const lastCleaned = parseDate(get('lastCleaned'));
    if (lastCleaned === null)
      fail('lastCleaned', `«${get('lastCleaned').trim()}» er ikke en gyldig dato. Bruk ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.`);
    const nextReview = parseDate(get('nextReview'));
    if (nextReview === null)
      fail('nextReview', `«${get('nextReview').trim()}» er ikke en gyldig dato. Bruk ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.`);

    const archivedDate = parseDate(get('archivedDate'));
    if (archivedDate === null)
      fail('archivedDate', `«${get('archivedDate').trim()}» er ikke en gyldig dato. Bruk ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.`);
    const deletionRaw = get('deletionScope').trim();
    const deletionScope = deletionRaw === '' ? null : picklist(deletionRaw, DELETION_OPTIONS, 'konto');
    if (deletionRaw !== '' && deletionScope === null)
      fail('deletionScope', `«${deletionRaw}» er ikke gyldig. Bruk konto, innlegg eller la feltet stå tomt.`);
    const deletionDate = parseDate(get('deletionDate'));
    if (deletionDate === null)
      fail('deletionDate', `«${get('deletionDate').trim()}» er ikke en gyldig dato. Bruk ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.`);
    else if (deletionScope && deletionDate === '') fail('deletionDate', 'oppgi datoen da det ble slettet.');
    else if (!deletionScope && deletionDate !== '')
      fail('deletionScope', 'oppgi hva som ble slettet (konto eller innlegg), eller fjern slettedatoen.');

    const assessmentRaw = get('assessmentId').trim();
    if (assessmentRaw !== '' && !/^[A-Za-z0-9_-]{1,64}$/.test(assessmentRaw))
      fail('assessmentId', `«${assessmentRaw}» er ikke en gyldig id.`);

    if (errors.length > before) return;
    const candidate: Account = {
      id,
      platform,
      name,
      address: unprotect(get('address').trim()),
      unit: unprotect(get('unit').trim()),
      owner: unprotect(get('owner').trim()),
      adminCount,
      login: login!,
      purpose: unprotect(get('purpose')),
      documentedNeed: documentedNeed!,
      needDocumentedWhere: unprotect(get('needDocumentedWhere').trim()),
      lastCleaned: lastCleaned!,
      assessmentId: assessmentRaw === '' ? null : assessmentRaw,
      verdict: verdict!,
      nextReview: nextReview!,
      archived: { date: archivedDate!, reference: unprotect(get('archivedReference').trim()) },
      deletion: deletionScope ? { scope: deletionScope, date: deletionDate!, note: unprotect(get('deletionNote')) } : null,
      updatedAt: options.now,
    };
    const archiving = deletionProblem(candidate);
    if (archiving) {
      fail('archivedReference', archiving);
      return;
    }
    const checked = check(account, candidate);
    if (!checked.ok) {
      const { path, message } = checked.problem;
      const key = path[0] as Field | undefined;
      if (key && columnIndex.has(key)) fail(key, message);
      else errors.push({ row: rowNo, message: `Rad ${rowNo}: ${message}` });
      return;
    }
    accounts.push(checked.value);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (accounts.length === 0) return { ok: false, errors: [{ row: 2, message: 'Filen har ingen kontoer under overskriftsraden.' }] };
  return { ok: true, accounts };
}
