import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $assessments, $activeId, createAssessment, selectAssessment } from '../../stores/workspace';
import { StorageStatus } from './StorageStatus';
import { AssessmentPath } from '../dpia/AssessmentPath';
import { withParts } from '../../lib/dpia/parts';
import { lastMunicipality } from '../../lib/workspace/municipality';
import { InputField } from '../form/Field';

const PLATFORMS = ['Facebook', 'Instagram', 'TikTok', 'YouTube', 'LinkedIn', 'Snapchat', 'X (Twitter)', 'Vimeo', 'Workplace'];

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

/**
 * The form for a new assessment. With `autoFocus` (opened by «Ny vurdering»)
 * focus moves to its first field, so it does not fall to <body> when the
 * button that opened it goes away.
 */
export function NewAssessmentForm({
  onDone,
  onCancel = onDone,
  canCancel,
  autoFocus = false,
}: {
  onDone: () => void;
  onCancel?: () => void;
  canCancel: boolean;
  autoFocus?: boolean;
}) {
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, []);
  // The municipality is nearly always the same: start from the one last written.
  const [municipality, setMunicipality] = useState(() => lastMunicipality($assessments.get()));
  const [platform, setPlatform] = useState('');
  const [unit, setUnit] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    if (!platform.trim() || !unit.trim()) {
      setError('Skriv inn både plattform og enhet.');
      return;
    }
    const created = createAssessment({
      title: `${platform.trim()} – ${unit.trim()}`,
      platform: platform.trim(),
      unit: unit.trim(),
      owner: owner.trim(),
      municipality: municipality.trim(),
    });
    if (!created.ok) {
      setError(created.message);
      return;
    }
    setPlatform('');
    setUnit('');
    setOwner('');
    setError('');
    onDone();
  };

  // The two fields the assessment is named from: the form's error (below them) describes both.
  const named = { autoComplete: 'off', describedBy: error ? 'new-error' : undefined };
  return (
    <form class="new-assessment" onSubmit={submit} noValidate>
      <p>En vurdering gjelder én plattform for én enhet, for eksempel «Facebook – Kulturetaten».</p>
      <InputField
        id="new-platform"
        inputRef={first}
        label="Plattform"
        list="platform-list"
        value={platform}
        onInput={setPlatform}
        {...named}
      >
        <datalist id="platform-list">
          {PLATFORMS.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </InputField>
      <InputField id="new-unit" label="Enhet" value={unit} onInput={setUnit} {...named} />
      <InputField
        id="new-municipality"
        label="Kommune (valgfritt)"
        value={municipality}
        autoComplete="organization"
        onInput={setMunicipality}
        hint={{ id: 'new-municipality-hint', text: 'Står i toppteksten i rapporten. Kan endres under «Beskrivelse av behandlingen».' }}
      />
      <InputField id="new-owner" label="Ansvarlig (valgfritt)" value={owner} autoComplete="name" onInput={setOwner} />
      {error && (
        <p id="new-error" class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button">
          Opprett vurdering
        </button>
        {canCancel && (
          <button type="button" class="button secondary" onClick={onCancel}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
