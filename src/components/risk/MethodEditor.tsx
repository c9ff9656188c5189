import { useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { validateMethod, type RiskMethod } from '../../lib/risk/method';
import { cycleCell, methodFromDraft } from '../../lib/risk/method-edit';
import { methodFileName, methodFileText, parseMethodFile } from '../../lib/risk/method-file';
import { READY_METHODS, copyMethod } from '../../lib/risk/method-presets';
import { $defaultMethod, $hasOwnDefault, resetDefaultMethod, saveDefaultMethod } from '../../stores/risk-method';
import { $clock } from '../../stores/io';
import { dropDraft, keepDraft, restoreDraft } from '../../stores/drafts';
import { downloadText } from '../workspace/download';
import { Panel, ToolMessages } from '../form/Panel';
import { StoredNotices } from '../workspace/StoredNotices';
import { MethodBands } from './MethodBands';
import { MethodMatrix } from './MethodMatrix';
import { MethodScales } from './MethodScales';

/** Where the unsaved method is kept while it is edited (src/stores/drafts.ts), so a reload loses nothing. */
const DRAFT = { form: 'risikometode', id: 'standard', field: 'metode', what: 'risikometoden' } as const;

/** The unsaved method from an earlier visit, if it was edited from the method that is saved now. */
function restoredDraft(saved: RiskMethod): RiskMethod | null {
  const text = restoreDraft(DRAFT.form, DRAFT.id, { [DRAFT.field]: JSON.stringify(saved) }, DRAFT.what)[DRAFT.field];
  return text === undefined ? null : methodFromDraft(text);
}

/** The settings page «Risikometode»: edit, save as the municipality's default, export and import. */
export function MethodEditor() {
  const saved = useStore($defaultMethod);
  const own = useStore($hasOwnDefault);
  const [draft, setDraft] = useState<RiskMethod>(() => restoredDraft(saved) ?? copyMethod(saved));
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const savedText = JSON.stringify(saved);
  const dirty = JSON.stringify(draft) !== savedText;

  const change = (next: RiskMethod) => {
    setDraft(next);
    setError('');
    const text = JSON.stringify(next);
    if (text === savedText) dropDraft(DRAFT.form, DRAFT.id);
    else keepDraft(DRAFT.form, DRAFT.id, DRAFT.field, text, savedText);
  };
  const save = () => {
    const result = saveDefaultMethod(draft);
    if (result.ok) {
      dropDraft(DRAFT.form, DRAFT.id);
      setMessage(`«${draft.name}» er lagret som kommunens standardmetode. Nye vurderinger får denne metoden.`);
      setError('');
    } else setError(result.message);
  };
  const exportFile = () => {
    const checked = validateMethod(draft);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const now = $clock.get()();
    downloadText(methodFileName(draft.name, now), methodFileText(checked.method, now));
    setMessage('Metoden er lastet ned som JSON-fil. Enhetene kan lese den inn på denne siden.');
  };
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseMethodFile(await file.text());
    if (!parsed.ok) {
      setError(`Filen «${file.name}» ble ikke lest inn: ${parsed.message}`);
      return;
    }
    change(parsed.method);
    setMessage(
      `Metoden «${parsed.method.name}» er lest inn fra «${file.name}». Se over og lagre den hvis den skal bli kommunens standard.`,
    );
  };

  return (
    <div class="risk-tool method-editor">
      <StoredNotices />
      <ToolMessages message={message} error={error} statusClass="risk-status" />

      <Panel id="method-start-heading" title="Metoden">
        <p>
          {own
            ? 'Kommunen har lagret sin egen standardmetode: '
            : 'Kommunen har ikke lagret en egen metode. Nye vurderinger får nettstedets eksempel: '}
          <strong>{saved.name}</strong>.
        </p>
        <div class="field">
          <label for="method-start">Start fra en ferdig metode</label>
          <select
            id="method-start"
            value=""
            onChange={(e) => {
              const chosen = READY_METHODS.find((m) => m.id === e.currentTarget.value);
              if (chosen) {
                change(copyMethod(chosen));
                setMessage(`Skjemaet viser nå «${chosen.name}». Ingenting er lagret ennå.`);
              }
            }}
          >
            <option value="">Velg …</option>
            {READY_METHODS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="method-name">Navn på metoden</label>
          <input id="method-name" value={draft.name} maxLength={80} onInput={(e) => change({ ...draft, name: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="method-description">Beskrivelse og kilde</label>
          <textarea
            id="method-description"
            value={draft.description}
            maxLength={1000}
            onInput={(e) => change({ ...draft, description: e.currentTarget.value })}
          />
        </div>
      </Panel>

      <MethodScales draft={draft} change={change} />
      <MethodBands draft={draft} change={change} />

      <Panel id="method-matrix-heading" title="Matrisen">
        <p>Velg nivået for hver rute. Hver rute viser nivåets navn og mønster.</p>
        <MethodMatrix method={draft} id="method-matrix" caption="Nivå for hver rute" onCycle={(l, c) => change(cycleCell(draft, l, c))} />
        <h3>Forhåndsvisning av risikokartet</h3>
        <MethodMatrix method={draft} id="method-preview" caption={`Risikokart med «${draft.name}»`} />
      </Panel>

      <Panel id="method-save-heading" title="Lagre og dele">
        {dirty && <p class="risk-hint">Endringene er ikke lagret ennå.</p>}
        <div class="actions">
          <button type="button" class="button" onClick={save}>
            Lagre som kommunens standardmetode
          </button>
          <button type="button" class="button secondary" onClick={exportFile}>
            Last ned metoden (JSON)
          </button>
          <button type="button" class="button secondary" onClick={() => fileInput.current?.click()}>
            Les inn en metode fra fil
          </button>
          {own && (
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                resetDefaultMethod();
                dropDraft(DRAFT.form, DRAFT.id);
                setDraft(copyMethod($defaultMethod.get()));
                setMessage('Kommunens egen metode er fjernet. Nye vurderinger får nettstedets eksempel.');
              }}
            >
              Bruk nettstedets eksempel igjen
            </button>
          )}
        </div>
        <label class="sr-only" for="method-import">
          Velg en fil med en risikometode
        </label>
        <input
          ref={fileInput}
          id="method-import"
          class="sr-only"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          onChange={(e) => void importFile(e)}
        />
      </Panel>
    </div>
  );
}
