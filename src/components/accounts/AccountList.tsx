import { useState } from 'preact/hooks';
import type { Account, Assessment } from '../../lib/model/schema';
import { ARCHIVE_FIRST, decisionText, deletionLabel, loginLabel, needLabel, reviewStatus, verdictLabel } from '../../lib/accounts/review';
import { ClockIcon } from './ClockIcon';

/** The accounts as cards, each with its facts and buttons to edit or delete it (after a confirmation). */
export function AccountList({
  shown,
  byId,
  today,
  onEdit,
  onDelete,
}: {
  shown: readonly Account[];
  byId: ReadonlyMap<string, Assessment>;
  today: string;
  onEdit: (a: Account) => void;
  onDelete: (a: Account) => void;
}) {
  const [confirmDelete, setConfirmDelete] = useState('');
  return (
    <ul class="accounts__list">
      {shown.map((acc) => {
        const linked = acc.assessmentId ? byId.get(acc.assessmentId) : undefined;
        const state = reviewStatus(acc, today);
        return (
          <li key={acc.id} class={`account-card${state === 'forfalt' ? ' account-card--overdue' : ''}`}>
            <article aria-labelledby={`acc-${acc.id}-name`}>
              <h3 id={`acc-${acc.id}-name`} class="account-card__title">
                {acc.name} <span class="account-card__platform">({acc.platform})</span>
                {state === 'forfalt' && (
                  <span class="badge badge--overdue">
                    <ClockIcon />
                    Forfalt
                  </span>
                )}
              </h3>
              <dl class="account-card__facts">
                <div>
                  <dt>Adresse</dt>
                  <dd>{acc.address || '–'}</dd>
                </div>
                <div>
                  <dt>Enhet</dt>
                  <dd>{acc.unit || '–'}</dd>
                </div>
                <div>
                  <dt>Eier</dt>
                  <dd>{acc.owner || '–'}</dd>
                </div>
                <div>
                  <dt>Administratorer</dt>
                  <dd>
                    {acc.adminCount === null ? 'Ukjent antall' : acc.adminCount}, {loginLabel(acc.login).toLowerCase()}
                  </dd>
                </div>
                <div class="account-card__wide">
                  <dt>Formål</dt>
                  <dd class="account-card__text">{acc.purpose || '–'}</dd>
                </div>
                <div>
                  <dt>Dokumentert behov</dt>
                  <dd>
                    {needLabel(acc.documentedNeed)}
                    {acc.needDocumentedWhere ? ` – ${acc.needDocumentedWhere}` : ''}
                  </dd>
                </div>
                <div>
                  <dt>Sist ryddet for personopplysninger</dt>
                  <dd>{acc.lastCleaned || 'Ikke registrert'}</dd>
                </div>
                <div>
                  <dt>Koblet vurdering</dt>
                  <dd>{acc.assessmentId ? (linked ? linked.title : 'Finnes ikke i denne nettleseren') : 'Ingen'}</dd>
                </div>
                <div>
                  <dt>Siste beslutning</dt>
                  <dd>{decisionText(linked, acc.assessmentId !== null)}</dd>
                </div>
                <div>
                  <dt>Konklusjon</dt>
                  <dd>{verdictLabel(acc.verdict)}</dd>
                </div>
                <div>
                  <dt>Arkivert før sletting</dt>
                  <dd>{acc.archived.date ? `${acc.archived.date}, ${acc.archived.reference || 'uten referanse'}` : 'Ikke registrert'}</dd>
                </div>
                <div>
                  <dt>Slettet</dt>
                  <dd>{acc.deletion ? `${deletionLabel(acc.deletion.scope)} (${acc.deletion.date})` : 'Nei'}</dd>
                </div>
                <div>
                  <dt>Neste gjennomgang</dt>
                  <dd>
                    {state === 'ikke-satt' ? 'Ikke satt' : acc.nextReview}
                    {state === 'forfalt' && <strong> – forfalt</strong>}
                  </dd>
                </div>
              </dl>
              {acc.verdict === 'slett' && !acc.deletion && (
                <p class="accounts__help">
                  <strong>Før sletting:</strong> {ARCHIVE_FIRST}
                </p>
              )}
              {confirmDelete === acc.id ? (
                <div class="actions" role="group" aria-label={`Bekreft sletting av ${acc.name}`}>
                  <span>Slette «{acc.name}» fra registeret?</span>
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      setConfirmDelete('');
                      onDelete(acc);
                    }}
                  >
                    Ja, slett
                  </button>
                  <button type="button" class="button secondary" onClick={() => setConfirmDelete('')}>
                    Avbryt
                  </button>
                </div>
              ) : (
                <div class="actions">
                  <button type="button" class="button secondary" onClick={() => onEdit(acc)}>
                    Rediger <span class="sr-only">{acc.name}</span>
                  </button>
                  <button type="button" class="button secondary" onClick={() => setConfirmDelete(acc.id)}>
                    Slett <span class="sr-only">{acc.name}</span>
                  </button>
                </div>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
