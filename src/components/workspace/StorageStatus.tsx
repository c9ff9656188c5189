import { useStore } from '../useStore';
import { $storageStatus, $lastExport, $unexported } from '../../stores/workspace';
import { notify } from '../../stores/notices';
import { lazyModule } from '../useLazyModule';
import { StoredNotices } from './StoredNotices';
import { downloadText } from './download';
import { formatDateTime } from '../../lib/dates';

/** The export code (src/stores/transfer.ts), loaded at the first export so that tool pages do not carry it. */
const transfer = lazyModule(() => import('../../stores/transfer'));

/**
 * Exports the whole workspace to a file and records the time. Resolves when the
 * file is handed to the browser; if the export code cannot be loaded (the site
 * was updated or the connection is gone), nothing is lost and a notice says so.
 */
export async function exportAll(): Promise<void> {
  let module: Awaited<ReturnType<typeof transfer.load>>;
  try {
    module = await transfer.load();
  } catch {
    notify(
      'export-unavailable',
      'eksport',
      'warning',
      'Eksporten kunne ikke lastes. Dataene deres er ikke endret. Last siden på nytt og prøv igjen.',
    );
    return;
  }
  const exported = module.exportWorkspace();
  if (!exported.ok) return;
  downloadText(exported.value.fileName, exported.value.text);
  module.recordExport();
}

function ExportAllButton({ secondary = false }: { secondary?: boolean }) {
  return (
    <button type="button" class={secondary ? 'button secondary' : 'button'} onClick={() => void exportAll()}>
      Eksporter alt til fil
    </button>
  );
}

/**
 * What the user must know about where the data is: a persistent warning when
 * the browser does not keep it, messages about values that were moved to a
 * backup or kept from another tab (StoredNotices), and a reminder to export. Every tool shows
 * it through the assessment bar.
 */
export function StorageStatus() {
  const status = useStore($storageStatus);
  const unexported = useStore($unexported);
  const lastExport = useStore($lastExport);

  return (
    <div class="storage-status">
      {status.problem && (
        <div class="storage-warning" role="alert">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {status.problem === 'full'
                ? 'Lagringsplassen i nettleseren er full.'
                : 'Nettleseren lar ikke verktøyene lagre noe på denne maskinen.'}
            </strong>{' '}
            Verktøyene virker, men endringene deres finnes bare i denne fanen og forsvinner når dere lukker den eller laster siden på nytt.
            Eksporter til fil før dere lukker fanen.
          </p>
          <ExportAllButton />
        </div>
      )}
      <StoredNotices />
      {!status.problem && unexported && (
        <div class="export-reminder" role="status">
          <p>
            <span aria-hidden="true">ℹ </span>
            {lastExport
              ? `Dere har endringer som ikke er eksportert siden ${formatDateTime(lastExport)}.`
              : 'Dere har ikke eksportert vurderingene deres til fil ennå.'}{' '}
            En eksport er sikkerhetskopien deres og det dere arkiverer.
          </p>
          <ExportAllButton secondary />
        </div>
      )}
    </div>
  );
}
