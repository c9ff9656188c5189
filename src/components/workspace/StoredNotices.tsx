import { useStore } from '../useStore';
import { $notices, backupContent, deleteBackup, dismissNotice } from '../../stores/notices';
import { backupFileName } from '../../lib/workspace/root';
import { downloadText } from './download';

/**
 * The notices about stored data (src/stores/notices.ts): a value moved to a backup, kept from
 * another tab, brought up to date, a draft put back; with the backup to download or delete.
 * Shown by StorageStatus on every tool with an assessment bar, and by the risk method page,
 * which has its own key and not the workspace store (so it imports nothing of the store).
 */
export function StoredNotices() {
  const notices = useStore($notices);
  if (notices.length === 0) return null;
  return (
    <ul class="storage-notices" aria-label="Meldinger om lagrede data">
      {notices.map((notice) => (
        <li key={notice.id}>
          <div class={`storage-notice storage-notice--${notice.level}`} role={notice.level === 'warning' ? 'alert' : 'status'}>
            <p>
              <span aria-hidden="true">{notice.level === 'warning' ? '⚠ ' : 'ℹ '}</span>
              {notice.text}
            </p>
            <div class="actions">
              {notice.backup && (
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    const raw = backupContent(notice.backup!.key);
                    if (raw !== null) downloadText(backupFileName(notice.backup!), raw, 'text/plain');
                  }}
                >
                  Last ned sikkerhetskopien
                </button>
              )}
              {notice.backup && (
                <button type="button" class="button secondary" onClick={() => deleteBackup(notice.backup!.key)}>
                  Slett sikkerhetskopien
                </button>
              )}
              <button type="button" class="button secondary" onClick={() => dismissNotice(notice.id)}>
                Lukk meldingen
              </button>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
