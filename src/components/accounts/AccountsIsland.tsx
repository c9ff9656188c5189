import { ACCOUNT_TEXTS as TEXTS } from '../tool-texts';
import { LazyTool, lazyComponent, prefetch, useLightStart } from '../LazyTool';
import { Panel } from '../form/Panel';
import { AccountFilesPanel } from './AccountFilesPanel';

/** What the user did on the start view, for the full review to carry on from. */
export type AccountsStart = { add: true } | { csv: File };

const FULL = lazyComponent(async () => (await import('./AccountReview')).AccountReview);

/**
 * The island of the account review. On a first visit (nothing stored) it shows the
 * empty register with Preact alone: «Legg til konto» and the choice of a CSV file. Either
 * loads the full review (AccountReview.tsx), which opens the form for the new account or
 * reads the file. With anything stored it loads the review at once (src/components/LazyTool.tsx).
 */
export function AccountsIsland() {
  const { full, start, begin } = useLightStart<AccountsStart>();
  if (full) return <LazyTool lazy={FULL} loading={TEXTS.loading} props={{ start }} />;
  return (
    <div class="accounts" onFocusIn={prefetch(FULL)}>
      <Panel id="accounts-register-heading" title={TEXTS.heading}>
        <p>{TEXTS.none}</p>
        <div class="actions">
          <button type="button" class="button" onClick={() => begin({ add: true })}>
            Legg til konto
          </button>
        </div>
      </Panel>
      <AccountFilesPanel canExport={false} hasErrors={false} onFile={(csv) => begin({ csv })} />
    </div>
  );
}
