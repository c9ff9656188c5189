/**
 * The account form as text: what the user has typed or chosen, field by
 * field (so an unsaved form can be kept as a draft), turned back into an
 * account with Norwegian messages per field. Pure TypeScript.
 */
import type { Account } from '../model/schema';
import { DELETION_OPTIONS, LOGIN_OPTIONS, NEED_OPTIONS, VERDICT_OPTIONS, deletionProblem } from './review';

export type AccountFormText = {
  platform: string;
  name: string;
  address: string;
  unit: string;
  owner: string;
  adminCount: string;
  login: string;
  purpose: string;
  documentedNeed: string;
  needDocumentedWhere: string;
  lastCleaned: string;
  assessmentId: string;
  verdict: string;
  nextReview: string;
  archivedDate: string;
  archivedReference: string;
  /** '' when nothing is deleted. */
  deletionScope: string;
  deletionDate: string;
  deletionNote: string;
};

export type AccountFormErrors = Partial<Record<'platform' | 'name' | 'adminCount' | 'deletion', string>>;

/** The form filled with an account. */
export function accountToForm(a: Account): AccountFormText {
  return {
    platform: a.platform,
    name: a.name,
    address: a.address,
    unit: a.unit,
    owner: a.owner,
    adminCount: a.adminCount === null ? '' : String(a.adminCount),
    login: a.login,
    purpose: a.purpose,
    documentedNeed: a.documentedNeed,
    needDocumentedWhere: a.needDocumentedWhere,
    lastCleaned: a.lastCleaned,
    assessmentId: a.assessmentId ?? '',
    verdict: a.verdict,
    nextReview: a.nextReview,
    archivedDate: a.archived.date,
    archivedReference: a.archived.reference,
    deletionScope: a.deletion?.scope ?? '',
    deletionDate: a.deletion?.date ?? '',
    deletionNote: a.deletion?.note ?? '',
  };
}

const pick = <T extends string>(options: readonly { value: T }[], text: string, fallback: T): T =>
  options.find((o) => o.value === text)?.value ?? fallback;

/** The account as the form shows it (text fields as typed; a choice not in the list keeps the saved value). */
export function accountFromForm(f: AccountFormText, base: Account): Account {
  const scope = DELETION_OPTIONS.find((o) => o.value === f.deletionScope)?.value;
  const count = f.adminCount.trim();
  return {
    ...base,
    platform: f.platform,
    name: f.name,
    address: f.address,
    unit: f.unit,
    owner: f.owner,
    adminCount: /^\d+$/.test(count) && Number(count) <= 10_000 ? Number(count) : null,
    login: pick(LOGIN_OPTIONS, f.login, base.login),
    purpose: f.purpose,
    documentedNeed: pick(NEED_OPTIONS, f.documentedNeed, base.documentedNeed),
    needDocumentedWhere: f.needDocumentedWhere,
    lastCleaned: f.lastCleaned,
    assessmentId: f.assessmentId || null,
    verdict: pick(VERDICT_OPTIONS, f.verdict, base.verdict),
    nextReview: f.nextReview,
    archived: { date: f.archivedDate, reference: f.archivedReference },
    deletion: scope ? { scope, date: f.deletionDate, note: f.deletionNote } : null,
  };
}

/** The account to save (platform and name trimmed), or the errors that stop it. */
export function checkAccountForm(
  f: AccountFormText,
  base: Account,
): { ok: true; account: Account } | { ok: false; errors: AccountFormErrors } {
  const errors: AccountFormErrors = {};
  if (!f.platform.trim()) errors.platform = 'Skriv inn plattformen.';
  if (!f.name.trim()) errors.name = 'Skriv inn navnet på siden eller kontoen.';
  const count = f.adminCount.trim();
  if (count !== '' && (!/^\d+$/.test(count) || Number(count) > 10_000))
    errors.adminCount = 'Antall administratorer må være et helt tall fra 0 til 10 000, eller tomt.';
  const account = accountFromForm(f, base);
  const archiving = deletionProblem(account);
  if (archiving) errors.deletion = archiving;
  else if (account.deletion && account.deletion.date === '') errors.deletion = 'Skriv datoen da det ble slettet.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, account: { ...account, platform: account.platform.trim(), name: account.name.trim() } };
}
