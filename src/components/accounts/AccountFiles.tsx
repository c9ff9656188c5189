import { useState } from 'preact/hooks';
import { $accounts, $clock, deleteAccountOrThrow as deleteAccount, saveAccountOrThrow as saveAccount } from '../../stores/workspace';
import { newId } from '../../lib/model/ids';
import type { Account } from '../../lib/model/schema';
import type { CsvError } from '../../lib/accounts/csv';
import { isoDate } from '../../lib/accounts/review';
import { siteFileName } from '../../lib/workspace/export-file';
import { downloadText } from '../workspace/download';
import { Panel } from '../form/Panel';

/** CSV and JSON files are written and read by code loaded on first use (it is not needed to view or edit the register). */
const files = () => import('../../lib/accounts/csv');

/** Export of the register to CSV and JSON, and import of a CSV file (all or nothing, after a confirmation). */
export function AccountFiles({
  accounts,
  lookup,
  onStatus,
}: {
  accounts: readonly Account[];
  lookup: (id: string) => { title: string; decision: string } | null;
  onStatus: (message: string) => void;
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

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setImportErrors([]);
    if (!file) return;
    const [text, { parseAccountsCsv }] = await Promise.all([file.text(), files()]);
    input.value = '';
    const result = parseAccountsCsv(text, { newId: () => newId('k'), now: now().toISOString() });
    if (!result.ok) {
      setImportErrors(result.errors);
      onStatus('');
      return;
    }
    setPending(result.accounts);
  };

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
    <Panel id="accounts-files-heading" title="Eksport og import">
      <p>
        CSV-filen åpnes i Excel med æ, ø og å i behold. Datoer står som ÅÅÅÅ-MM-DD. Dere kan redigere filen i Excel og importere den igjen:
        kontoer med samme ID oppdateres, rader uten ID blir nye kontoer. Kolonnene «Koblet vurdering», «Siste beslutning» og «Sist endret»
        er bare til lesing og leses ikke inn.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={() => void exportCsv()} disabled={accounts.length === 0}>
          Last ned CSV
        </button>
        <button type="button" class="button secondary" onClick={() => void exportJson()} disabled={accounts.length === 0}>
          Last ned JSON
        </button>
      </div>
      <div class="field">
        <label for="acc-import">Importer CSV-fil</label>
        <input
          id="acc-import"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e)}
          aria-describedby={importErrors.length > 0 ? 'acc-import-errors' : 'acc-import-help'}
        />
        <p id="acc-import-help" class="accounts__help">
          Importen gjelder hele filen: er én rad feil, blir ingenting importert.
        </p>
      </div>
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
    </Panel>
  );
}
