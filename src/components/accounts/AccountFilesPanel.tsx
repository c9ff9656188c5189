import type { ComponentChildren } from 'preact';
import { Panel } from '../form/Panel';

/**
 * The account review's «Eksport og import» panel, without the files' code: the start view
 * (AccountsIsland.tsx) shows it before the store is loaded, AccountFiles.tsx with the
 * import's errors and confirmation (children). The chosen file is handed to `onFile`,
 * and the input is cleared, so the same file can be chosen again after a correction.
 */
export function AccountFilesPanel({
  canExport,
  onExportCsv,
  onExportJson,
  onFile,
  hasErrors,
  children,
}: {
  canExport: boolean;
  onExportCsv?: () => void;
  onExportJson?: () => void;
  onFile: (file: File) => void;
  hasErrors: boolean;
  children?: ComponentChildren;
}) {
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  };
  return (
    <Panel id="accounts-files-heading" title="Eksport og import">
      <p>
        CSV-filen åpnes i Excel med æ, ø og å i behold. Datoer står som ÅÅÅÅ-MM-DD. Dere kan redigere filen i Excel og importere den igjen:
        kontoer med samme ID oppdateres, rader uten ID blir nye kontoer. Kolonnene «Koblet vurdering», «Siste beslutning» og «Sist endret»
        er bare til lesing og leses ikke inn.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={onExportCsv} disabled={!canExport}>
          Last ned CSV
        </button>
        <button type="button" class="button secondary" onClick={onExportJson} disabled={!canExport}>
          Last ned JSON
        </button>
      </div>
      <div class="field">
        <label for="acc-import">Importer CSV-fil</label>
        <input
          id="acc-import"
          type="file"
          accept=".csv,text/csv"
          onChange={onChange}
          aria-describedby={hasErrors ? 'acc-import-errors' : 'acc-import-help'}
        />
        <p id="acc-import-help" class="accounts__help">
          Importen gjelder hele filen: er én rad feil, blir ingenting importert.
        </p>
      </div>
      {children}
    </Panel>
  );
}
