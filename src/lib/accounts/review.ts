/**
 * The account review ("kontogjennomgang"): labels, the latest management
 * decision of a linked assessment, overdue reviews, sorting and filtering.
 * Pure functions; "today" is always passed in (from the store's clock).
 */
import type { Account, Assessment, DecisionRound } from '../model/schema';
import { OUTCOME_LABEL } from '../model/labels';

export type Login = Account['login'];
export type Need = Account['documentedNeed'];
export type Verdict = Account['verdict'];

export const LOGIN_OPTIONS: readonly { value: Login; label: string }[] = [
  { value: 'personlig', label: 'Personlige innlogginger' },
  { value: 'felles', label: 'Felles innlogging' },
  { value: 'blandet', label: 'Både personlige og felles' },
  { value: 'ukjent', label: 'Ukjent' },
];
export const NEED_OPTIONS: readonly { value: Need; label: string }[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nei', label: 'Nei' },
  { value: 'ukjent', label: 'Ukjent' },
];
export const VERDICT_OPTIONS: readonly { value: Verdict; label: string }[] = [
  { value: 'behold', label: 'Behold' },
  { value: 'slett', label: 'Slett' },
  { value: 'vurderes', label: 'Vurderes' },
];

const labelOf = <T extends string>(options: readonly { value: T; label: string }[], value: T) =>
  options.find((o) => o.value === value)?.label ?? value;
export const loginLabel = (value: Login) => labelOf(LOGIN_OPTIONS, value);
export const needLabel = (value: Need) => labelOf(NEED_OPTIONS, value);
export const verdictLabel = (value: Verdict) => labelOf(VERDICT_OPTIONS, value);

/** The calendar date of a moment in local time, as YYYY-MM-DD. */
export function isoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** A review is overdue when its date has passed (a review due today is not overdue). */
export function isOverdue(account: Pick<Account, 'nextReview'>, today: string): boolean {
  return account.nextReview !== '' && account.nextReview < today;
}

export type ReviewStatus = 'forfalt' | 'ikke-satt' | 'planlagt';
export function reviewStatus(account: Pick<Account, 'nextReview'>, today: string): ReviewStatus {
  if (account.nextReview === '') return 'ikke-satt';
  return isOverdue(account, today) ? 'forfalt' : 'planlagt';
}

/** The last decision round of an assessment (the latest recorded), or null when none is recorded. */
export function latestDecision(assessment: Pick<Assessment, 'decisions'> | null | undefined): DecisionRound | null {
  const rounds = assessment?.decisions ?? [];
  let latest: DecisionRound | null = null;
  for (const round of rounds) {
    if (!latest || round.recordedAt >= latest.recordedAt) latest = round;
  }
  return latest;
}

/** "Godkjent (2026-03-01)", or "Ingen beslutning" / "Ingen koblet vurdering". */
export function decisionText(assessment: Pick<Assessment, 'decisions'> | null | undefined, linked: boolean): string {
  if (!linked) return 'Ingen koblet vurdering';
  if (!assessment) return 'Vurderingen finnes ikke her';
  const round = latestDecision(assessment);
  return round ? `${OUTCOME_LABEL[round.outcome]} (${round.date})` : 'Ingen beslutning ennå';
}

export type SortKey = 'platform' | 'name' | 'unit' | 'owner' | 'lastCleaned' | 'verdict' | 'nextReview';
export type SortDir = 'asc' | 'desc';

/**
 * Sorted copy. Empty dates sort last in both directions, so accounts without a
 * review date never hide the overdue ones at the top.
 */
export function sortAccounts(accounts: readonly Account[], key: SortKey, dir: SortDir): Account[] {
  const sign = dir === 'asc' ? 1 : -1;
  return accounts.slice().sort((a, b) => {
    const x = String(a[key]);
    const y = String(b[key]);
    if (x === '' && y !== '') return 1;
    if (y === '' && x !== '') return -1;
    const primary = x.localeCompare(y, 'nb', { sensitivity: 'base', numeric: true }) * sign;
    return primary || a.name.localeCompare(b.name, 'nb') || a.id.localeCompare(b.id);
  });
}

export interface AccountFilter {
  /** Free text, matched against platform, name, address, unit, owner and purpose. */
  text: string;
  platform: string;
  verdict: Verdict | '';
  /** Only accounts whose review is overdue. */
  overdueOnly: boolean;
}
export const NO_FILTER: AccountFilter = { text: '', platform: '', verdict: '', overdueOnly: false };

export function filterAccounts(accounts: readonly Account[], filter: AccountFilter, today: string): Account[] {
  const needle = filter.text.trim().toLocaleLowerCase('nb');
  return accounts.filter((a) => {
    if (filter.platform && a.platform !== filter.platform) return false;
    if (filter.verdict && a.verdict !== filter.verdict) return false;
    if (filter.overdueOnly && !isOverdue(a, today)) return false;
    if (!needle) return true;
    return [a.platform, a.name, a.address, a.unit, a.owner, a.purpose].some((field) => field.toLocaleLowerCase('nb').includes(needle));
  });
}

/** The platforms in use, sorted, for the filter. */
export function platformsOf(accounts: readonly Account[]): string[] {
  return [...new Set(accounts.map((a) => a.platform).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nb'));
}

/** An account with every field empty (the form's starting point). */
export function emptyAccount(id: string, at: string): Account {
  return {
    id,
    platform: '',
    name: '',
    address: '',
    unit: '',
    owner: '',
    adminCount: null,
    login: 'ukjent',
    purpose: '',
    documentedNeed: 'ukjent',
    needDocumentedWhere: '',
    lastCleaned: '',
    assessmentId: null,
    verdict: 'vurderes',
    nextReview: '',
    archived: { date: '', reference: '' },
    deletion: null,
    updatedAt: at,
  };
}

/* ------------------------- archive before deletion ------------------------- */

export type DeletionScope = NonNullable<Account['deletion']>['scope'];
export const DELETION_OPTIONS: readonly { value: DeletionScope; label: string }[] = [
  { value: 'konto', label: 'Kontoen er slettet' },
  { value: 'innlegg', label: 'Innlegg med personopplysninger er ryddet bort' },
];
export const deletionLabel = (value: DeletionScope) => labelOf(DELETION_OPTIONS, value);

/** The advice the tool gives wherever it speaks of deleting. */
export const ARCHIVE_FIRST =
  'Arkiver eller journalfør først der innholdet er arkivverdig. Innlegg, kommentarer og meldinger kan være arkivmateriale, ' +
  'og de kan bare slettes (kasseres) etter reglene i arkivlova.';

/** Whether «arkivert før sletting» is filled in: a date and a journalpost or reference. */
export function isArchived(archived: Account['archived']): boolean {
  return archived.date !== '' && archived.reference.trim() !== '';
}

/**
 * Why an account (or a clean-up of its posts) cannot be marked deleted, in
 * Norwegian, or null when it can: «arkivert før sletting» must have a date and
 * a journalpost or reference, and the deletion cannot be dated before the archiving.
 */
export function deletionProblem(account: Pick<Account, 'archived' | 'deletion'>): string | null {
  if (!account.deletion) return null;
  const missing = [
    account.archived.date === '' ? 'datoen' : null,
    account.archived.reference.trim() === '' ? 'journalpost eller referanse' : null,
  ].filter(Boolean);
  if (missing.length > 0) {
    return `Fyll ut «Arkivert før sletting» (${missing.join(' og ')}) før dere markerer noe som slettet. ${ARCHIVE_FIRST}`;
  }
  if (account.deletion.date < account.archived.date) {
    return 'Slettedatoen er før arkiveringsdatoen. Innholdet må arkiveres eller journalføres før det slettes.';
  }
  return null;
}
