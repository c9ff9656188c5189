import { useEffect, useState } from 'preact/hooks';
import { $accounts, $clock, deleteAccountOrThrow as deleteAccount, saveAccountOrThrow as saveAccount } from '../../stores/workspace';
import { newId } from '../../lib/model/ids';
import type { Account } from '../../lib/model/schema';
import type { CsvError } from '../../lib/accounts/csv';
import { isoDate } from '../../lib/accounts/review';
import { siteFileName } from '../../lib/workspace/export-file';
import { downloadText } from '../workspace/download';
import { AccountFilesPanel } from './AccountFilesPanel';

/** CSV and JSON files are written and read by code loaded on first use (it is not needed to view or edit the register). */
const files = () => import('../../lib/accounts/csv');

/**
 * Export of the register to CSV and JSON, and import of a CSV file (all or nothing, after a
 * confirmation). `initialFile` is a CSV file chosen on the start view (AccountsIsland.tsx).
 */
export function AccountFiles({
  accounts,
  lookup,
  onStatus,
  initialFile,
}: {
  accounts: readonly Account[];
  lookup: (id: string) => { title: string; decision: string } | null;
  onStatus: (message: string) => void;
  initialFile?: File;
}) {
  const [importErrors, setImportErrors] = useState<CsvError[]>([]);
  const [pending, setPending] = useState<Account[] | null>(null);
  const now = () => $clock.get()();

  const exportCsv = async () => {
    const { accountsToCsv } = await files();
    downloadText(siteFileName(isoDate(now()), 'kontogjennomgang', 'csv'), accountsToCsv(accounts, lookup), 'text/csv');
    onStatus(`CSV-filen med ${accounts.length} kontoer er lastet ned.`);
  };
  const exportJson = async () => {
    const { accountsToJson } = await files();
    downloadText(siteFileName(isoDate(now()), 'kontogjennomgang', 'json'), accountsToJson(accounts, now().toISOString()));
    onStatus(`JSON-filen med ${accounts.length} kontoer er lastet ned.`);
  };

  const readCsv = async (file: File) => {
    setPending(null);
    setImportErrors([]);
    const [text, { parseAccountsCsv }] = await Promise.all([file.text(), files()]);
    const result = parseAccountsCsv(text, { newId: () => newId('k'), now: now().toISOString() });
    if (!result.ok) {
      setImportErrors(result.errors);
      onStatus('');
      return;
    }
    setPending(result.accounts);
  };
  useEffect(() => {
    if (!initialFile) return;
    document.getElementById('acc-import')?.focus();
    void readCsv(initialFile);
  }, []);

  const confirmImport = () => {
    if (!pending) return;
    const before = $accounts.get();
    try {
      for (const acc of pending) saveAccount(acc);
    } catch (e) {
      // Should not happen (the parser validated every row), but never leave half an import.
      const restore = new Map(before.map((a) => [a.id, a]));
      for (const acc of pending) {
        const old = restore.get(acc.id);
        if (old) saveAccount(old);
        else deleteAccount(acc.id);
      }
      setImportErrors([{ row: 0, message: e instanceof Error ? e.message : 'Importen ble avbrutt. Ingenting er endret.' }]);
      setPending(null);
      return;
    }
    onStatus(`${pending.length} kontoer er importert.`);
    setPending(null);
  };

  const existingIds = new Set(accounts.map((a) => a.id));
  const updates = pending?.filter((a) => existingIds.has(a.id)).length ?? 0;
  return (
    <AccountFilesPanel
      canExport={accounts.length > 0}
      onExportCsv={() => void exportCsv()}
      onExportJson={() => void exportJson()}
      onFile={(file) => void readCsv(file)}
      hasErrors={importErrors.length > 0}
    >
      {importErrors.length > 0 && (
        <div id="acc-import-errors" class="form-error accounts__errors" role="alert">
          <p>Filen ble ikke importert. Ingenting er endret. Rett disse feilene og prøv igjen:</p>
          <ul>
            {importErrors.slice(0, 50).map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
          {importErrors.length > 50 && <p>… og {importErrors.length - 50} feil til.</p>}
        </div>
      )}
      {pending && (
        <div class="accounts__confirm" role="group" aria-labelledby="acc-import-confirm">
          <p id="acc-import-confirm">
            Filen er gyldig: {pending.length} {pending.length === 1 ? 'konto' : 'kontoer'} ({pending.length - updates} nye, {updates}{' '}
            oppdateres). Vil dere importere?
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={confirmImport}>
              Importer {pending.length} kontoer
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setPending(null);
                onStatus('Importen er avbrutt. Ingenting er endret.');
              }}
            >
              Avbryt
            </button>
          </div>
        </div>
      )}
    </AccountFilesPanel>
  );
}
