import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  PATTERNS,
  PATTERN_LABEL,
  MAX_BANDS,
  MAX_STEPS,
  MIN_BANDS,
  MIN_STEPS,
  validateMethod,
  type RiskMethod,
} from '../../lib/risk/method';
import { addBand, addStep, cycleCell, removeBand, removeStep, updateBand, updateStep } from '../../lib/risk/method-edit';
import { methodFileText, parseMethodFile } from '../../lib/risk/method-file';
import { READY_METHODS, copyMethod } from '../../lib/risk/method-presets';
import { slugify } from '../../lib/workspace/export-file';
import { $defaultMethod, $hasOwnDefault, resetDefaultMethod, saveDefaultMethod } from '../../stores/risk-method';
import { $clock } from '../../stores/workspace';
import { downloadText } from '../workspace/download';
import { BandTag } from './BandTag';
import { MethodMatrix } from './MethodMatrix';

const AXES = [
  { axis: 'likelihood', title: 'Sannsynlighet', short: 'S' },
  { axis: 'consequence', title: 'Konsekvens', short: 'K' },
] as const;

/** The settings page «Risikometode»: edit, save as the municipality's default, export and import. */
export function MethodEditor() {
  const saved = useStore($defaultMethod);
  const own = useStore($hasOwnDefault);
  const [draft, setDraft] = useState<RiskMethod>(() => copyMethod(saved));
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const change = (next: RiskMethod) => {
    setDraft(next);
    setError('');
  };
  const save = () => {
    const result = saveDefaultMethod(draft);
    if (result.ok) {
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
    downloadText(
      `risikometode-${slugify(draft.name, 60) || 'kommunen'}-${now.toISOString().slice(0, 10)}.json`,
      methodFileText(checked.method, now),
    );
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
    setDraft(parsed.method);
    setError('');
    setMessage(
      `Metoden «${parsed.method.name}» er lest inn fra «${file.name}». Se over og lagre den hvis den skal bli kommunens standard.`,
    );
  };

  return (
    <div class="risk-tool method-editor">
      <div role="status" class="risk-status">
        {message}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}

      <section class="tool-panel" aria-labelledby="method-start-heading">
        <h2 id="method-start-heading" class="tool-panel__title">
          Metoden
        </h2>
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
      </section>

      <section class="tool-panel" aria-labelledby="method-scales-heading">
        <h2 id="method-scales-heading" class="tool-panel__title">
          Skalaene
        </h2>
        <p class="risk-hint">
          Hver skala har fra {MIN_STEPS} til {MAX_STEPS} trinn, fra det laveste til det høyeste.
        </p>
        {AXES.map(({ axis, title, short }) => (
          <div key={axis} class="method-scale">
            <table class="method-table" id={`method-${axis}`}>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Trinn</th>
                  <th scope="col">Navn</th>
                  <th scope="col">Beskrivelse</th>
                </tr>
              </thead>
              <tbody>
                {draft[axis].map((step, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {short}
                      {i + 1}
                    </th>
                    <td>
                      <label class="sr-only" for={`${axis}-name-${i}`}>
                        {title}, trinn {i + 1}: navn
                      </label>
                      <input
                        id={`${axis}-name-${i}`}
                        value={step.name}
                        maxLength={80}
                        onInput={(e) => change(updateStep(draft, axis, i, { name: e.currentTarget.value }))}
                      />
                    </td>
                    <td>
                      <label class="sr-only" for={`${axis}-description-${i}`}>
                        {title}, trinn {i + 1}: beskrivelse
                      </label>
                      <textarea
                        id={`${axis}-description-${i}`}
                        rows={2}
                        value={step.description}
                        maxLength={1000}
                        onInput={(e) => change(updateStep(draft, axis, i, { description: e.currentTarget.value }))}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="actions">
              <button
                type="button"
                class="button secondary"
                disabled={draft[axis].length >= MAX_STEPS}
                onClick={() => change(addStep(draft, axis))}
              >
                Legg til trinn ({title.toLowerCase()})
              </button>
              <button
                type="button"
                class="button secondary"
                disabled={draft[axis].length <= MIN_STEPS}
                onClick={() => change(removeStep(draft, axis))}
              >
                Fjern øverste trinn ({title.toLowerCase()})
              </button>
            </div>
          </div>
        ))}
      </section>

      <section class="tool-panel" aria-labelledby="method-bands-heading">
        <h2 id="method-bands-heading" class="tool-panel__title">
          Nivåene og akseptkriteriene
        </h2>
        <p class="risk-hint">
          Fra {MIN_BANDS} til {MAX_BANDS} nivåer, fra det laveste til det høyeste. Hvert nivå har navn, farge og mønster, så det aldri vises
          med farge alene.
        </p>
        <ol class="method-bands">
          {draft.bands.map((band, i) => (
            <li key={band.id} class="method-band-item">
              <p>
                <BandTag band={band} />
              </p>
              <div class="method-band-row">
                <div class="field">
                  <label for={`band-name-${band.id}`}>Navn på nivå {i + 1}</label>
                  <input
                    id={`band-name-${band.id}`}
                    value={band.name}
                    maxLength={80}
                    onInput={(e) => change(updateBand(draft, band.id, { name: e.currentTarget.value }))}
                  />
                </div>
                <div class="field">
                  <label for={`band-colour-${band.id}`}>Farge</label>
                  <input
                    id={`band-colour-${band.id}`}
                    type="color"
                    value={band.colour}
                    onInput={(e) => change(updateBand(draft, band.id, { colour: e.currentTarget.value }))}
                  />
                </div>
                <div class="field">
                  <label for={`band-pattern-${band.id}`}>Mønster</label>
                  <select
                    id={`band-pattern-${band.id}`}
                    value={band.pattern}
                    onChange={(e) => change(updateBand(draft, band.id, { pattern: e.currentTarget.value as (typeof PATTERNS)[number] }))}
                  >
                    {PATTERNS.map((p) => (
                      <option key={p} value={p}>
                        {PATTERN_LABEL[p]}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div class="field">
                <label for={`band-criterion-${band.id}`}>Akseptkriterium for {band.name || `nivå ${i + 1}`}</label>
                <textarea
                  id={`band-criterion-${band.id}`}
                  value={band.criterion}
                  maxLength={1000}
                  onInput={(e) => change(updateBand(draft, band.id, { criterion: e.currentTarget.value }))}
                />
              </div>
              <div class="actions">
                <button
                  type="button"
                  class="button secondary"
                  disabled={draft.bands.length <= MIN_BANDS}
                  onClick={() => change(removeBand(draft, band.id))}
                >
                  Fjern nivået «{band.name}»
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div class="actions">
          <button type="button" class="button secondary" disabled={draft.bands.length >= MAX_BANDS} onClick={() => change(addBand(draft))}>
            Legg til et nivå
          </button>
        </div>
        <div class="field">
          <label for="method-high">Nivået som regnes som høy risiko (forhåndsdrøfting, art. 36)</label>
          <select id="method-high" value={draft.highBand} onChange={(e) => change({ ...draft, highBand: e.currentTarget.value })}>
            {draft.bands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} og høyere
              </option>
            ))}
          </select>
          <p class="risk-hint">
            Er restrisikoen i dette nivået eller høyere, skal kommunen be om forhåndsdrøfting med Datatilsynet før behandlingen starter
            (art. 36).
          </p>
        </div>
      </section>

      <section class="tool-panel" aria-labelledby="method-matrix-heading">
        <h2 id="method-matrix-heading" class="tool-panel__title">
          Matrisen
        </h2>
        <p>Velg nivået for hver rute. Hver rute viser nivåets navn og mønster.</p>
        <MethodMatrix method={draft} id="method-matrix" caption="Nivå for hver rute" onCycle={(l, c) => change(cycleCell(draft, l, c))} />
        <h3>Forhåndsvisning av risikokartet</h3>
        <MethodMatrix method={draft} id="method-preview" caption={`Risikokart med «${draft.name}»`} />
      </section>

      <section class="tool-panel" aria-labelledby="method-save-heading">
        <h2 id="method-save-heading" class="tool-panel__title">
          Lagre og dele
        </h2>
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
      </section>
    </div>
  );
}
