import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $assessments,
  $activeId,
  $clock,
  $lastExport,
  $persistence,
  deleteAssessment,
  duplicateAssessment,
  exportWorkspace,
  restoreAssessment,
  selectAssessment,
  updateAssessment,
} from '../../stores/workspace';
import type { Assessment } from '../../lib/model/schema';
import { EXPORT_REMINDER_DAYS, overdueForExport } from '../../lib/workspace/stored';
import { NewAssessmentForm } from './AssessmentBar';
import { StorageStatus, exportAll } from './StorageStatus';
import { ImportPanel } from './ImportPanel';
import { downloadText } from './download';
import { AssessmentPath } from '../dpia/AssessmentPath';
import { ReviewReminders } from '../dpia/ReviewReminders';
import { withParts } from '../../lib/dpia/parts';
import { assessmentPath } from '../../lib/dpia/path';
import { reviewState, REVIEW_STATE_LABELS } from '../../lib/dpia/review';
import { formatDateTime, formatShortDate, localDate } from '../../lib/dates';
import { pathWithBase as withBase } from '../../lib/paths';

/** Whether the page was opened to start a new assessment («Start en vurdering» links to ?ny). */
const askedForNew = () => typeof location !== 'undefined' && new URLSearchParams(location.search).has('ny');

/**
 * "Mine vurderinger": all assessments in this browser, to create, rename,
 * duplicate, delete (with confirmation and undo), export and import.
 */
export function MyAssessments() {
  const assessments = useStore($assessments);
  const activeId = useStore($activeId);
  const [creating, setCreating] = useState(askedForNew);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (creating && askedForNew()) document.getElementById('new-platform')?.focus();
  }, []);
  const active = assessments.find((a) => a.id === activeId);
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const onDeleted = (item: Assessment) => {
    setDeleted(item);
    setMessage(`«${item.title}» er slettet.`);
    requestAnimationFrame(() => undoRef.current?.focus());
  };
  const undo = () => {
    if (!deleted) return;
    const restored = restoreAssessment(deleted);
    setMessage(restored.ok ? `«${deleted.title}» er lagt tilbake.` : restored.message);
    setDeleted(null);
    requestAnimationFrame(() => listHeading.current?.focus());
  };

  return (
    <div class="my-assessments">
      <section class="tool-panel" aria-labelledby="my-heading">
        <h2 id="my-heading" class="tool-panel__title" ref={listHeading} tabIndex={-1}>
          Vurderinger i denne nettleseren
        </h2>
        <StorageStatus />
        <KeepingStatus />
        <div aria-live="polite" class="my-assessments__status">
          {message && (
            <p class="workspace-success">
              {message}{' '}
              {deleted && (
                <button ref={undoRef} type="button" class="button secondary" onClick={undo}>
                  Angre slettingen
                </button>
              )}
            </p>
          )}
        </div>
        {active && (
          <div class="my-assessments__path">
            <p>
              Valgt vurdering: <strong>{active.title}</strong>. Begynn med <a href={withBase('/verktoy/screening/')}>Trenger vi en DPIA?</a> og{' '}
              <a href={withBase('/verktoy/beskrivelse/')}>beskrivelsen av behandlingen</a>, eller gå rett til det steget dere er på.
            </p>
            <AssessmentPath assessment={withParts(active)} />
          </div>
        )}
        {assessments.length === 0 ? (
          <p>Det finnes ingen vurderinger i denne nettleseren ennå. Opprett en ny, eller importer en fil.</p>
        ) : (
          <ul class="assessment-list">
            {assessments.map((item) => (
              <AssessmentItem
                key={item.id}
                item={item}
                active={item.id === activeId}
                onDeleted={onDeleted}
                onMessage={(text) => {
                  setDeleted(null);
                  setMessage(text);
                }}
              />
            ))}
          </ul>
        )}
        <div class="actions">
          {!creating && (
            <button type="button" class="button" ref={newButton} onClick={() => setCreating(true)}>
              Ny vurdering
            </button>
          )}
          {assessments.length > 0 && (
            <button type="button" class="button secondary" onClick={exportAll}>
              Eksporter alle til fil
            </button>
          )}
        </div>
        {creating && (
          <NewAssessmentForm
            canCancel
            autoFocus
            onCancel={() => {
              setCreating(false);
              requestAnimationFrame(() => newButton.current?.focus());
            }}
            onDone={() => {
              setCreating(false);
              setDeleted(null);
              setMessage('Vurderingen er opprettet og valgt.');
              requestAnimationFrame(() => listHeading.current?.focus());
            }}
          />
        )}
      </section>
      <ReviewReminders />
      <ImportPanel />
    </div>
  );
}

function AssessmentItem({
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
    setMode('view');
    onMessage(`Vurderingen heter nå «${next}».`);
    requestAnimationFrame(() => renameButton.current?.focus());
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
              onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
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
                setMode('view');
                setTitle(item.title);
                setError('');
                requestAnimationFrame(() => renameButton.current?.focus());
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
            Vil dere slette «{item.title}» fra denne nettleseren? Dere kan angre rett etterpå. Eksporter den først hvis dere vil ta vare
            på den.
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
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setMode('view');
                requestAnimationFrame(() => deleteButton.current?.focus());
              }}
            >
              Nei, behold den
            </button>
          </div>
        </div>
      )}
      {mode === 'view' && (
        <div class="actions">
          {!active && (
            <button type="button" class="button secondary" onClick={() => { selectAssessment(item.id); onMessage(`«${item.title}» er valgt.`); }}>
              Velg<span class="sr-only"> «{item.title}»</span>
            </button>
          )}
          <button ref={renameButton} type="button" class="button secondary" onClick={() => { setTitle(item.title); setMode('rename'); }}>
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

/**
 * Whether the browser has promised to keep the data, and a reminder when an
 * assessment has gone EXPORT_REMINDER_DAYS days without an export (shown here
 * only, not on every tool page).
 */
function KeepingStatus() {
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
          {overdue.length === 1 ? `«${overdue[0]!.title}» er` : `${overdue.length} vurderinger er`} endret og ikke eksportert på over{' '}
          {EXPORT_REMINDER_DAYS} dager. Eksporter til fil, så har kommunen en kopi om nettleserens data blir slettet.
        </p>
      )}
    </div>
  );
}

function nextReviewText(nextReview: string): string {
  const state = reviewState(nextReview, localDate($clock.get()()));
  return state === 'ikke-satt' ? REVIEW_STATE_LABELS[state] : `${formatShortDate(nextReview)} (${REVIEW_STATE_LABELS[state].toLowerCase()})`;
}
