import { useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $accounts, $assessments, $clock, deleteAccountOrThrow as deleteAccount } from '../../stores/workspace';
import { draftIds } from '../../stores/drafts';
import { newId } from '../../lib/model/ids';
import type { Account } from '../../lib/model/schema';
import {
  NO_FILTER,
  decisionText,
  emptyAccount,
  filterAccounts,
  isOverdue,
  isoDate,
  platformsOf,
  sortAccounts,
  type AccountFilter,
  type SortDir,
  type SortKey,
} from '../../lib/accounts/review';
import { StorageStatus } from '../workspace/StorageStatus';
import { ClockIcon } from './ClockIcon';
import { ACCOUNT_DRAFT_FORM, AccountForm } from './AccountForm';
import { AccountFilters } from './AccountFilters';
import { AccountList } from './AccountList';
import { AccountFiles } from './AccountFiles';
import { Panel } from '../form/Panel';
import { ACCOUNT_TEXTS as TEXTS } from '../tool-texts';
import type { AccountsStart } from './AccountsIsland';

const PLATFORMS = ['Facebook', 'Instagram', 'TikTok', 'YouTube', 'LinkedIn', 'Snapchat', 'X (Twitter)', 'Vimeo', 'Workplace'];

/**
 * The account review ("kontogjennomgang"): every page and account of the
 * municipality on social media, with documented need, cleaning, linked
 * assessment and next review. Sort, filter, export to CSV/JSON, import CSV.
 * `start` is what the user did on the start view before this was loaded
 * (AccountsIsland.tsx): asked to add an account, or chose a CSV file.
 */
export function AccountReview({ start }: { start?: AccountsStart }) {
  const accounts = useStore($accounts);
  const assessments = useStore($assessments);
  const now = useStore($clock);
  const today = isoDate(now());
  const [filter, setFilter] = useState<AccountFilter>(NO_FILTER);
  const [sortKey, setSortKey] = useState<SortKey>('nextReview');
  const [sortDir, setSortDir] = useState<SortDir>('asc');
  // A form a reload interrupted opens again, with its draft.
  const [editing, setEditing] = useState<Account | null>(() => {
    const id = draftIds(ACCOUNT_DRAFT_FORM)[0];
    if (id === undefined) return start && 'add' in start ? emptyAccount(newId('k'), now().toISOString()) : null;
    return accounts.find((a) => a.id === id) ?? emptyAccount(id, now().toISOString());
  });
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const byId = useMemo(() => new Map(assessments.map((a) => [a.id, a])), [assessments]);
  const lookup = (id: string) => {
    const a = byId.get(id);
    return a ? { title: a.title, decision: decisionText(a, true) } : null;
  };
  const shown = sortAccounts(filterAccounts(accounts, filter, today), sortKey, sortDir);
  const overdueCount = accounts.filter((a) => isOverdue(a, today)).length;
  const platforms = platformsOf(accounts);
  const existingIds = new Set(accounts.map((a) => a.id));

  const startNew = () => {
    setEditing(emptyAccount(newId('k'), now().toISOString()));
    setStatus('');
  };
  const closeForm = () => {
    setEditing(null);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const onSaved = (saved: Account) => {
    setStatus(`Kontoen «${saved.name}» er lagret.`);
    closeForm();
  };
  const onDelete = (acc: Account) => {
    deleteAccount(acc.id);
    setStatus(`Kontoen «${acc.name}» er slettet fra registeret.`);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div class="accounts">
      <StorageStatus />
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>

      <Panel id="accounts-register-heading" title={TEXTS.heading}>
        <p>
          {accounts.length === 0 ? TEXTS.none : `${accounts.length} ${accounts.length === 1 ? 'konto' : 'kontoer'} i registeret. `}
          {overdueCount > 0 && (
            <strong class="accounts__overdue-count">
              <ClockIcon />
              {overdueCount === 1 ? '1 gjennomgang er forfalt.' : `${overdueCount} gjennomganger er forfalt.`}
            </strong>
          )}
        </p>
        {status && (
          <p class="accounts__status" aria-hidden="true">
            {status}
          </p>
        )}
        {!editing && (
          <div class="actions">
            <button ref={addButton} type="button" class="button" onClick={startNew}>
              Legg til konto
            </button>
          </div>
        )}
        {editing && (
          <AccountForm
            key={editing.id}
            initial={editing}
            isNew={!existingIds.has(editing.id)}
            assessments={assessments}
            platforms={[...new Set([...PLATFORMS, ...platforms])]}
            onSaved={onSaved}
            onCancel={closeForm}
          />
        )}
      </Panel>

      {accounts.length > 0 && (
        <Panel id="accounts-list-heading" title="Sider og kontoer">
          <AccountFilters
            filter={filter}
            onFilter={setFilter}
            platforms={platforms}
            sortKey={sortKey}
            onSortKey={setSortKey}
            sortDir={sortDir}
            onSortDir={setSortDir}
          />
          <p id="accounts-count" aria-live="polite">
            Viser {shown.length} av {accounts.length} kontoer.
          </p>
          <AccountList
            shown={shown}
            byId={byId}
            today={today}
            onEdit={(acc) => {
              setEditing(acc);
              setStatus('');
            }}
            onDelete={onDelete}
          />
          {shown.length === 0 && <p>Ingen kontoer passer filteret.</p>}
        </Panel>
      )}

      <AccountFiles
        accounts={accounts}
        lookup={lookup}
        onStatus={setStatus}
        initialFile={start && 'csv' in start ? start.csv : undefined}
      />
    </div>
  );
}
