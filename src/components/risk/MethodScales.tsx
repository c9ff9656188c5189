import { MAX_STEPS, MIN_STEPS, type RiskMethod } from '../../lib/risk/method';
import { addStep, removeStep, updateStep } from '../../lib/risk/method-edit';
import { Panel } from '../form/Panel';

const AXES = [
  { axis: 'likelihood', title: 'Sannsynlighet', short: 'S' },
  { axis: 'consequence', title: 'Konsekvens', short: 'K' },
] as const;

/** The method's two scales: a name and a description for each step, and steps added or removed at the top. */
export function MethodScales({ draft, change }: { draft: RiskMethod; change: (next: RiskMethod) => void }) {
  return (
    <Panel id="method-scales-heading" title="Skalaene">
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
    </Panel>
  );
}
