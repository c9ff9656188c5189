import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $assessments, $activeId, createAssessment, restoreAssessment } from '../../stores/workspace';
import { lastMunicipality } from '../../lib/workspace/municipality';
import type { Assessment } from '../../lib/model/schema';
import { NewAssessmentForm } from './NewAssessmentForm';
import { StorageStatus, exportAll } from './StorageStatus';
import { ImportPanel } from './ImportPanel';
import { AssessmentPath } from '../dpia/AssessmentPath';
import { ReviewReminders } from '../dpia/ReviewReminders';
import { withParts } from '../../lib/dpia/parts';
import { pathWithBase as withBase } from '../../lib/paths';
import { AssessmentItem } from './AssessmentItem';
import { KeepingStatus } from './KeepingStatus';
import { askedForNew, type MyAssessmentsStart } from './MyAssessmentsIsland';
import { MY_ASSESSMENTS_TEXTS as TEXTS } from '../tool-texts';

/**
 * "Mine vurderinger": all assessments in this browser, to create, rename,
 * duplicate, delete (with confirmation and undo), export and import. `start` is
 * what the user did on the start view before this was loaded (MyAssessmentsIsland.tsx):
 * created the first assessment, or chose a file to import.
 */
export function MyAssessments({ start }: { start?: MyAssessmentsStart }) {
  const assessments = useStore($assessments);
  const activeId = useStore($activeId);
  const [creating, setCreating] = useState(() => !start && askedForNew());
  const [message, setMessage] = useState(start && 'created' in start ? TEXTS.created : '');
  useEffect(() => {
    if (start && 'created' in start) listHeading.current?.focus();
    else if (creating && askedForNew()) document.getElementById('new-platform')?.focus();
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
          {TEXTS.heading}
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
              Valgt vurdering: <strong>{active.title}</strong>. Begynn med <a href={withBase('/verktoy/screening/')}>Trenger vi en DPIA?</a>{' '}
              og <a href={withBase('/verktoy/beskrivelse/')}>beskrivelsen av behandlingen</a>, eller gå rett til det steget dere er på.
            </p>
            <AssessmentPath assessment={withParts(active)} />
          </div>
        )}
        {assessments.length === 0 ? (
          <p>{TEXTS.none}</p>
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
            <button type="button" class="button secondary" onClick={() => void exportAll()}>
              Eksporter alle til fil
            </button>
          )}
        </div>
        {creating && (
          <NewAssessmentForm
            onCreate={createAssessment}
            initialMunicipality={lastMunicipality(assessments)}
            canCancel
            autoFocus
            onCancel={() => {
              setCreating(false);
              requestAnimationFrame(() => newButton.current?.focus());
            }}
            onDone={() => {
              setCreating(false);
              setDeleted(null);
              setMessage(TEXTS.created);
              requestAnimationFrame(() => listHeading.current?.focus());
            }}
          />
        )}
      </section>
      <ReviewReminders />
      <ImportPanel initialFile={start && 'file' in start ? start.file : undefined} />
    </div>
  );
}
