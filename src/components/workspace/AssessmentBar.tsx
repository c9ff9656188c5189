import { useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $assessments, $activeId, createAssessment, selectAssessment } from '../../stores/workspace';
import { StorageStatus } from './StorageStatus';
import { AssessmentPath } from '../dpia/AssessmentPath';
import { withParts } from '../../lib/dpia/parts';
import { lastMunicipality } from '../../lib/workspace/municipality';
import { NewAssessmentForm } from './NewAssessmentForm';

/**
 * Chooses the assessment the tools on a page work on, or creates one.
 * Every tool island shows it at its top; all share the same stores. It also
 * shows where the data is kept (StorageStatus): warnings when the browser
 * does not keep it, backups of unreadable values, and the export reminder.
 */
export function AssessmentBar() {
  const assessments = useStore($assessments);
  const activeId = useStore($activeId);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const showForm = creating || assessments.length === 0;
  const active = assessments.find((a) => a.id === activeId);

  return (
    <section class="tool-panel assessment-bar" aria-labelledby="assessment-bar-heading">
      <h2 id="assessment-bar-heading" class="tool-panel__title">
        Vurdering
      </h2>
      <StorageStatus />
      {assessments.length > 0 && (
        <div class="field">
          <label for="assessment-select">Vurderingen dere arbeider med</label>
          <select id="assessment-select" value={active ? active.id : ''} onChange={(e) => selectAssessment(e.currentTarget.value)}>
            {!active && <option value="">Velg en vurdering</option>}
            {assessments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {active && <AssessmentPath assessment={withParts(active)} />}
      {assessments.length > 0 && !creating && (
        <button type="button" class="button secondary" ref={newButton} onClick={() => setCreating(true)}>
          Ny vurdering
        </button>
      )}
      {showForm && (
        <NewAssessmentForm
          onCreate={createAssessment}
          initialMunicipality={lastMunicipality(assessments)}
          autoFocus={creating}
          canCancel={assessments.length > 0}
          onDone={() => {
            setCreating(false);
            // The new assessment is chosen in the select: focus goes there, not to <body>.
            requestAnimationFrame(() => document.getElementById('assessment-select')?.focus());
          }}
          onCancel={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      )}
    </section>
  );
}
