import { useStore } from '../useStore';
import { $assessments, $clock, $lastExport, $persistence } from '../../stores/workspace';
import { keepingText } from '../../stores/persisted';
import { EXPORT_REMINDER_DAYS, overdueForExport } from '../../lib/workspace/stored';

/**
 * Whether the browser has promised to keep the data, and a reminder when an
 * assessment has gone EXPORT_REMINDER_DAYS days without an export (shown here
 * only, not on every tool page).
 */
export function KeepingStatus() {
  const persistence = useStore($persistence);
  const assessments = useStore($assessments);
  const lastExport = useStore($lastExport);
  const keeping = keepingText(persistence);
  const overdue = overdueForExport(assessments, lastExport, $clock.get()());
  return (
    <div class="keeping-status">
      {keeping && <p>{keeping}</p>}
      {overdue.length > 0 && (
        <p class="export-overdue">
          <span aria-hidden="true">ℹ </span>
          {overdue.length === 1 ? `«${overdue[0].title}» er` : `${overdue.length} vurderinger er`} endret og ikke eksportert på over{' '}
          {EXPORT_REMINDER_DAYS} dager. Eksporter til fil, så har kommunen en kopi om nettleserens data blir slettet.
        </p>
      )}
    </div>
  );
}
