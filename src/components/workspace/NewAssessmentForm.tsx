import { useEffect, useRef, useState } from 'preact/hooks';
import { InputField } from '../form/Field';

const PLATFORMS = ['Facebook', 'Instagram', 'TikTok', 'YouTube', 'LinkedIn', 'Snapchat', 'X (Twitter)', 'Vimeo', 'Workplace'];

/** What the form asks for: the assessment is named «<platform> – <unit>». */
export interface NewAssessmentFields {
  title: string;
  platform: string;
  unit: string;
  owner: string;
  municipality: string;
}

/** What creating gave: done, or why not (shown under the form). */
export type CreateResult = { ok: true } | { ok: false; message: string };

/**
 * The form for a new assessment. It imports no store: `onCreate` creates the
 * assessment (the assessment bar passes the store's action; a first visit's
 * start panel loads the store first, see src/components/ToolIsland.tsx), so a
 * page can show the form before the store and the model are loaded.
 * With `autoFocus` (opened by «Ny vurdering») focus moves to its first field,
 * so it does not fall to <body> when the button that opened it goes away.
 */
export function NewAssessmentForm({
  onCreate,
  initialMunicipality = '',
  onDone,
  onCancel = onDone,
  canCancel,
  autoFocus = false,
}: {
  onCreate: (fields: NewAssessmentFields) => CreateResult | Promise<CreateResult>;
  /** The municipality is nearly always the same: the form starts from the one last written. */
  initialMunicipality?: string;
  onDone: () => void;
  onCancel?: () => void;
  canCancel: boolean;
  autoFocus?: boolean;
}) {
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, []);
  const [municipality, setMunicipality] = useState(initialMunicipality);
  const [platform, setPlatform] = useState('');
  const [unit, setUnit] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!platform.trim() || !unit.trim()) {
      setError('Skriv inn både plattform og enhet.');
      return;
    }
    setBusy(true);
    const created = await onCreate({
      title: `${platform.trim()} – ${unit.trim()}`,
      platform: platform.trim(),
      unit: unit.trim(),
      owner: owner.trim(),
      municipality: municipality.trim(),
    });
    setBusy(false);
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
    <form class="new-assessment" onSubmit={(event) => void submit(event)} noValidate>
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
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
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
