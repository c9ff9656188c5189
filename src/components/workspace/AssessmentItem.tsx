import { useEffect, useRef, useState } from 'preact/hooks';
import { $clock, deleteAssessment, duplicateAssessment, selectAssessment, updateAssessment } from '../../stores/workspace';
import { exportWorkspace } from '../../stores/transfer';
import type { Assessment } from '../../lib/model/schema';
import { downloadText } from './download';
import { withParts } from '../../lib/dpia/parts';
import { assessmentPath } from '../../lib/dpia/path';
import { reviewState, REVIEW_STATE_LABELS } from '../../lib/dpia/review';
import { formatDateTime, formatShortDate, localDate } from '../../lib/dates';

/** One assessment in the list: open it, rename, duplicate, export, or delete it (with confirmation). */
export function AssessmentItem({
  item,
  active,
  onDeleted,
  onMessage,
}: {
  item: Assessment;
  active: boolean;
  onDeleted: (item: Assessment) => void;
  onMessage: (text: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [title, setTitle] = useState(item.title);
  const [error, setError] = useState('');
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'rename') renameInput.current?.focus();
    if (mode === 'confirm-delete') confirmButton.current?.focus();
  }, [mode]);
  /** Back to the item's view, with focus on the button that opened the form. */
  const backToView = (button: typeof renameButton) => {
    setMode('view');
    requestAnimationFrame(() => button.current?.focus());
  };
  const headingId = `assessment-${item.id}`;
  const errorId = `rename-error-${item.id}`;

  const saveTitle = (event: Event) => {
    event.preventDefault();
    const next = title.trim();
    if (!next) {
      setError('Skriv inn et navn.');
      return;
    }
    const saved = updateAssessment(item.id, (a) => ({ ...a, title: next }));
    if (!saved.ok) {
      setError(saved.message);
      return;
    }
    setError('');
    onMessage(`Vurderingen heter nå «${next}».`);
    backToView(renameButton);
  };

  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId} class="assessment-list__title">
        {item.title}
      </h3>
      {active && <p class="assessment-list__active">Valgt: verktøyene arbeider med denne vurderingen.</p>}
      <dl>
        <dt>Plattform</dt>
        <dd>{item.platform || '–'}</dd>
        <dt>Kommune</dt>
        <dd>{item.municipality || '–'}</dd>
        <dt>Enhet</dt>
        <dd>{item.unit || '–'}</dd>
        <dt>Ansvarlig</dt>
        <dd>{item.owner || '–'}</dd>
        <dt>Sist endret</dt>
        <dd>{formatDateTime(item.updatedAt)}</dd>
        <dt>Steg ferdig</dt>
        <dd>{assessmentPath(withParts(item)).filter((x) => x.state === 'ferdig').length} av 8</dd>
        <dt>Neste gjennomgang</dt>
        <dd>{nextReviewText(withParts(item).signOff.nextReview)}</dd>
      </dl>
      {mode === 'rename' && (
        <form onSubmit={saveTitle} noValidate>
          <div class="field">
            <label for={`rename-${item.id}`}>Nytt navn på «{item.title}»</label>
            <input
              id={`rename-${item.id}`}
              value={title}
              maxLength={500}
              autoComplete="off"
              onInput={(e) => setTitle(e.currentTarget.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              ref={renameInput}
            />
          </div>
          {error && (
            <p id={errorId} class="form-error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="button">
              Lagre navnet
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setTitle(item.title);
                setError('');
                backToView(renameButton);
              }}
            >
              Avbryt
            </button>
          </div>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <div class="confirm-box" role="alertdialog" aria-labelledby={`confirm-${item.id}`}>
          <p id={`confirm-${item.id}`}>
            Vil dere slette «{item.title}» fra denne nettleseren? Dere kan angre rett etterpå. Eksporter den først hvis dere vil ta vare på
            den.
          </p>
          <div class="actions">
            <button
              type="button"
              class="button"
              ref={confirmButton}
              onClick={() => {
                const removed = deleteAssessment(item.id);
                if (removed.ok) onDeleted(item);
                else setError(removed.message);
              }}
            >
              Ja, slett<span class="sr-only"> «{item.title}»</span>
            </button>
            <button type="button" class="button secondary" onClick={() => backToView(deleteButton)}>
              Nei, behold den
            </button>
          </div>
        </div>
      )}
      {mode === 'view' && (
        <div class="actions">
          {!active && (
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                selectAssessment(item.id);
                onMessage(`«${item.title}» er valgt.`);
              }}
            >
              Velg<span class="sr-only"> «{item.title}»</span>
            </button>
          )}
          <button
            ref={renameButton}
            type="button"
            class="button secondary"
            onClick={() => {
              setTitle(item.title);
              setMode('rename');
            }}
          >
            Gi nytt navn<span class="sr-only"> til «{item.title}»</span>
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              const copy = duplicateAssessment(item.id);
              onMessage(copy.ok ? `Kopien «${copy.value.title}» er opprettet og valgt.` : copy.message);
            }}
          >
            Dupliser<span class="sr-only"> «{item.title}»</span>
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              const exported = exportWorkspace(item.id);
              if (!exported.ok) {
                onMessage(exported.message);
                return;
              }
              const { fileName, text } = exported.value;
              downloadText(fileName, text);
              onMessage(`«${item.title}» er eksportert til ${fileName}.`);
            }}
          >
            Eksporter<span class="sr-only"> «{item.title}»</span>
          </button>
          <button ref={deleteButton} type="button" class="button secondary" onClick={() => setMode('confirm-delete')}>
            Slett<span class="sr-only"> «{item.title}»</span>
          </button>
        </div>
      )}
    </li>
  );
}

function nextReviewText(nextReview: string): string {
  const state = reviewState(nextReview, localDate($clock.get()()));
  return state === 'ikke-satt'
    ? REVIEW_STATE_LABELS[state]
    : `${formatShortDate(nextReview)} (${REVIEW_STATE_LABELS[state].toLowerCase()})`;
}
