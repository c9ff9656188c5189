import { useStore } from '@nanostores/preact';
import { $assessments, $clock, $lastExport, $persistence } from '../../stores/workspace';
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
  const overdue = overdueForExport(assessments, lastExport, $clock.get()());
  return (
    <div class="keeping-status">
      {persistence !== 'unknown' && (
        <p>
          {persistence === 'granted'
            ? 'Nettleseren har lovet å ta vare på dataene her og sletter dem ikke for å frigjøre plass.'
            : persistence === 'not-granted'
              ? 'Nettleseren har ikke lovet å ta vare på dataene her. Den kan slette dem hvis maskinen får lite lagringsplass, så eksporter til fil jevnlig.'
              : 'Denne nettleseren kan ikke love å ta vare på dataene her. Eksporter til fil jevnlig.'}
        </p>
      )}
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
