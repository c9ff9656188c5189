import type { Measure, MeasureStatus, Risk } from '../../lib/model/schema';
import { plannedMeasure, type Scenario } from '../../lib/risk/scenarios';
import { READINESS_CATEGORIES, readinessMeasureText } from '../../lib/risk/readiness';
import { STATUS_LABEL, isOverdue } from '../../lib/risk/register';
import { plannedGapsText } from '../../lib/risk/method-residual';
import { newId } from '../../lib/model/ids';
import { formatShortDate } from '../../lib/dates';
import { SelectField } from '../form/Field';
import { TextField, type DraftPlace } from '../form/TextField';

const STATUS_OPTIONS = (Object.keys(STATUS_LABEL) as MeasureStatus[]).map((value) => ({ value, label: STATUS_LABEL[value] }));

/** The measures of a risk: each with text, owner, deadline and status; suggestions from the scenario bank; the A/B/C readiness measure. */
export function RiskMeasures({
  risk,
  prefix,
  scenario,
  today,
  draft,
  onChange,
}: {
  risk: Risk;
  /** The start of the ids in the editor. */
  prefix: string;
  scenario: Scenario | undefined;
  today: string;
  draft: (field: string) => DraftPlace;
  onChange: (recipe: (r: Risk) => Risk) => boolean;
}) {
  const p = prefix;
  const setMeasure = (id: string, patch: Partial<Measure>) =>
    onChange((r) => ({ ...r, measures: r.measures.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
  const addMeasure = (text: string) => onChange((r) => ({ ...r, measures: [...r.measures, plannedMeasure(text, newId('t'))] }));
  const adopted = new Set(risk.measures.map((m) => m.text));
  const readiness = readinessMeasureText();

  return (
    <fieldset class="risk-stage">
      <legend>Tiltak</legend>
      {risk.measures.length === 0 && <p>Ingen tiltak ennå.</p>}
      <ol class="risk-measures">
        {risk.measures.map((m, i) => {
          const mp = `${p}-m-${m.id}`;
          const overdue = isOverdue(m, today);
          return (
            <li key={m.id} class="risk-measure">
              <TextField
                id={`${mp}-text`}
                label={`Tiltak ${i + 1}`}
                multiline
                value={m.text}
                draft={draft(`${m.id}.text`)}
                onCommit={(v) => setMeasure(m.id, { text: v })}
              />
              <div class="risk-measure__row">
                <TextField
                  id={`${mp}-owner`}
                  label={`Ansvarlig for tiltak ${i + 1}`}
                  value={m.owner}
                  draft={draft(`${m.id}.owner`)}
                  onCommit={(v, final) => setMeasure(m.id, { owner: final ? v.trim() : v })}
                />
                <TextField
                  id={`${mp}-deadline`}
                  label={`Frist for tiltak ${i + 1}`}
                  type="date"
                  value={m.deadline}
                  describedBy={overdue ? `${mp}-overdue` : undefined}
                  onCommit={(v) => setMeasure(m.id, { deadline: v })}
                />
                <SelectField
                  id={`${mp}-status`}
                  label={`Status for tiltak ${i + 1}`}
                  value={m.status}
                  options={STATUS_OPTIONS}
                  onChange={(status) => setMeasure(m.id, { status: status as MeasureStatus })}
                />
              </div>
              {overdue && (
                <p id={`${mp}-overdue`} class="risk-overdue">
                  ⚠ Fristen {formatShortDate(m.deadline)} er passert.
                </p>
              )}
              {plannedGapsText(m) && (
                <p class="risk-hint">
                  Et planlagt tiltak trenger {plannedGapsText(m)}. Det teller ikke i restrisikoen nå før det er etablert.
                </p>
              )}
              <button
                type="button"
                class="button secondary"
                onClick={() => onChange((r) => ({ ...r, measures: r.measures.filter((x) => x.id !== m.id) }))}
              >
                Fjern tiltak {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => addMeasure('')}>
          Legg til tiltak
        </button>
      </div>

      {scenario && (
        <div class="risk-suggestions">
          <h5>Foreslåtte tiltak fra scenariobanken</h5>
          <ul>
            {scenario.measures.map((text) => (
              <li key={text}>
                <span>{text}</span>{' '}
                {adopted.has(text) ? (
                  <em>(tatt i bruk)</em>
                ) : (
                  <button
                    type="button"
                    class="button secondary risk-small-button"
                    onClick={() => addMeasure(text)}
                    aria-label={`Ta i bruk tiltaket: ${text}`}
                  >
                    Ta i bruk
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="risk-readiness">
        <h5>Beredskapskategorier for innlegg (A, B og C)</h5>
        <p>Kapittel 7 foreslår at kommunen klassifiserer hvert innlegg etter hvor mye beredskap det krever:</p>
        <dl>
          {READINESS_CATEGORIES.map((c) => (
            <div key={c.category}>
              <dt>
                {c.category} – {c.name}
              </dt>
              <dd>{c.demands}</dd>
            </div>
          ))}
        </dl>
        {adopted.has(readiness) ? (
          <p>
            <em>A/B/C-klassifisering er tatt i bruk som tiltak for denne risikoen.</em>
          </p>
        ) : (
          <button type="button" class="button secondary" onClick={() => addMeasure(readiness)}>
            Ta i bruk A/B/C-klassifisering som tiltak
          </button>
        )}
      </div>
    </fieldset>
  );
}
