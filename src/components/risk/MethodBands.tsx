import { MAX_BANDS, MIN_BANDS, PATTERNS, PATTERN_LABEL, type RiskMethod } from '../../lib/risk/method';
import { addBand, removeBand, updateBand } from '../../lib/risk/method-edit';
import { Panel } from '../form/Panel';
import { BandTag } from './BandTag';

/** The method's bands: name, colour, pattern and acceptance criterion of each, and the band that counts as high risk. */
export function MethodBands({ draft, change }: { draft: RiskMethod; change: (next: RiskMethod) => void }) {
  return (
    <Panel id="method-bands-heading" title="Nivåene og akseptkriteriene">
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
          Er restrisikoen i dette nivået eller høyere, skal kommunen be om forhåndsdrøfting med Datatilsynet før behandlingen starter (art.
          36).
        </p>
      </div>
    </Panel>
  );
}
