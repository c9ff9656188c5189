import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField, type DraftPlace } from '../form/TextField';
import type { Measure, MeasureStatus, PrivacyGoal, Risk, Score } from '../../lib/model/schema';
import { GOALS, plannedMeasure, type Scenario } from '../../lib/risk/scenarios';
import { sourceLabel } from '../../lib/risk/bank-texts';
import { READINESS_CATEGORIES, readinessMeasureText } from '../../lib/risk/readiness';
import { STATUS_LABEL, isOverdue, ratingOf } from '../../lib/risk/register';
import { bandById, type RiskMethod, type ScaleStep } from '../../lib/risk/method';
import { ratingText } from '../../lib/risk/method-presets';
import { BandTag } from './BandTag';
import { needsResidualJustification, plannedMeasureGaps, residualOf } from '../../lib/risk/method-residual';
import { newId } from '../../lib/model/ids';
import { formatShortDate } from '../../lib/dates';

export interface EditorProps {
  risk: Risk;
  /** The method of the assessment: scales and bands. */
  method: RiskMethod;
  scenario: Scenario | undefined;
  today: string;
  /** Applies a pure change to this risk; returns false when the store refused it. */
  onChange: (recipe: (r: Risk) => Risk) => boolean;
  onRemove: () => void;
  onClose: () => void;
}

function ScoreSelect(props: { id: string; label: string; scale: readonly ScaleStep[]; value: Score; onSelect: (s: Score) => void }) {
  const chosen = props.value === null ? undefined : props.scale[props.value - 1];
  return (
    <div class="field risk-score-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value === null ? '' : String(props.value)}
        aria-describedby={`${props.id}-desc`}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          props.onSelect(raw === '' ? null : Number(raw));
        }}
      >
        <option value="">Ikke vurdert</option>
        {props.scale.map((s, i) => (
          <option key={i} value={String(i + 1)}>{`${i + 1} – ${s.name}`}</option>
        ))}
      </select>
      <p id={`${props.id}-desc`} class="risk-hint">
        {chosen ? chosen.description || chosen.name : `Velg et nivå fra 1 til ${props.scale.length}.`}
      </p>
    </div>
  );
}

function RatingLine({ risk, stage, method }: { risk: Risk; stage: 'before' | 'after'; method: RiskMethod }) {
  const r = ratingOf(risk, stage, method);
  if (r.band === null) return <p class="risk-rating">Risiko: ikke vurdert.</p>;
  return (
    <p class="risk-rating">
      Risiko: {ratingText(method, r.likelihood!, r.consequence!)} <BandTag band={bandById(method, r.band)} />
      {r.fromInherent && ' (ikke vurdert etter tiltak, nivået før tiltak brukes)'}
    </p>
  );
}

/** The two residual risks: with the measures in place today, and when the planned ones are done. */
function ResidualPair({ risk, method, today }: { risk: Risk; method: RiskMethod; today: string }) {
  const view = residualOf(risk, method, today);
  const line = (r: typeof view.now) =>
    r.band === null ? (
      <>ikke vurdert</>
    ) : (
      <>
        {ratingText(method, r.likelihood!, r.consequence!)} <BandTag band={r.band} />
      </>
    );
  return (
    <div class="risk-residual-pair" data-testid="residual-pair">
      <p class="risk-rating" data-testid="residual-now">
        Restrisiko nå, med tiltakene som er på plass i dag: {line(view.now)}
        {view.now.source === 'for-tiltak' && view.pending.length > 0 && ' (planlagte tiltak teller ikke ennå, så nivået før tiltak brukes)'}
      </p>
      <p class="risk-rating" data-testid="residual-planned">
        Restrisiko når de planlagte tiltakene er gjennomført: {line(view.planned)}
      </p>
      {view.restsOnPlanned && (
        <p class="risk-hint">
          Den lavere restrisikoen hviler på planlagte tiltak. Godkjenner ledelsen på dette grunnlaget, blir tiltakene vilkår for
          godkjenningen.
        </p>
      )}
    </div>
  );
}

/** Edits one risk: what it is, how likely and serious before measures, measures, and the residual risk. */
export function RiskEditor({ risk, method, scenario, today, onChange, onRemove, onClose }: EditorProps) {
  const p = `risk-${risk.id}`;
  const draft = (field: string): DraftPlace => ({ form: 'risiko', id: risk.id, field, what: 'risikovurderingen' });
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [titleError, setTitleError] = useState('');
  useEffect(() => heading.current?.focus(), [risk.id]);

  const setField = <K extends keyof Risk>(key: K, value: Risk[K]) => onChange((r) => ({ ...r, [key]: value }));
  const setMeasure = (id: string, patch: Partial<Measure>) =>
    onChange((r) => ({ ...r, measures: r.measures.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
  const addMeasure = (text: string) => onChange((r) => ({ ...r, measures: [...r.measures, plannedMeasure(text, newId('t'))] }));
  const adopted = new Set(risk.measures.map((m) => m.text));
  const readiness = readinessMeasureText();

  return (
    <div class="risk-editor" role="group" aria-labelledby={`${p}-heading`}>
      <h4 id={`${p}-heading`} tabIndex={-1} ref={heading}>
        Rediger: {risk.title}
      </h4>

      <TextField
        id={`${p}-title`}
        label="Tittel"
        value={risk.title}
        required
        draft={draft('title')}
        describedBy={titleError ? `${p}-title-error` : undefined}
        onCommit={(v, final) => {
          if (v.trim() === '') {
            setTitleError('Risikoen må ha en tittel. Den forrige tittelen er beholdt.');
            return false;
          }
          setTitleError('');
          // Trimmed when the field is left, not while typing (the text under the cursor stays as typed).
          return setField('title', final ? v.trim() : v);
        }}
      />
      {titleError && (
        <p id={`${p}-title-error`} class="form-error" role="alert">
          {titleError}
        </p>
      )}
      <div class="field">
        <label for={`${p}-goal`}>Personvernmål</label>
        <select id={`${p}-goal`} value={risk.goal} onChange={(e) => setField('goal', e.currentTarget.value as PrivacyGoal)}>
          {GOALS.map((g) => (
            <option key={g.goal} value={g.goal}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${p}-description`}
        label="Beskrivelse"
        multiline
        value={risk.description}
        draft={draft('description')}
        onCommit={(v) => setField('description', v)}
      />

      {scenario && (
        <details class="risk-scenario">
          <summary>Momenter fra scenariobanken</summary>
          <ul>
            {scenario.considerations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p class="risk-hint">Kilde: {scenario.sources.map(sourceLabel).join('; ')}.</p>
        </details>
      )}

      <fieldset class="risk-stage">
        <legend>Før tiltak</legend>
        <div class="risk-score-row">
          <ScoreSelect
            id={`${p}-l`}
            label="Sannsynlighet før tiltak"
            scale={method.likelihood}
            value={risk.likelihood}
            onSelect={(s) => setField('likelihood', s)}
          />
          <ScoreSelect
            id={`${p}-c`}
            label="Konsekvens før tiltak"
            scale={method.consequence}
            value={risk.consequence}
            onSelect={(s) => setField('consequence', s)}
          />
        </div>
        <RatingLine risk={risk} stage="before" method={method} />
        <TextField
          id={`${p}-justification`}
          label="Begrunnelse for vurderingen"
          multiline
          value={risk.justification}
          draft={draft('justification')}
          onCommit={(v) => setField('justification', v)}
        />
      </fieldset>

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
                  <div class="field">
                    <label for={`${mp}-status`}>{`Status for tiltak ${i + 1}`}</label>
                    <select
                      id={`${mp}-status`}
                      value={m.status}
                      onChange={(e) => setMeasure(m.id, { status: e.currentTarget.value as MeasureStatus })}
                    >
                      {Object.entries(STATUS_LABEL).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                {overdue && (
                  <p id={`${mp}-overdue`} class="risk-overdue">
                    ⚠ Fristen {formatShortDate(m.deadline)} er passert.
                  </p>
                )}
                {plannedMeasureGaps(m).length > 0 && (
                  <p class="risk-hint">
                    Et planlagt tiltak trenger{' '}
                    {plannedMeasureGaps(m)
                      .map((g) => (g === 'ansvarlig' ? 'en ansvarlig' : 'en frist'))
                      .join(' og ')}
                    . Det teller ikke i restrisikoen nå før det er etablert.
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

      <fieldset class="risk-stage">
        <legend>Etter tiltak (restrisiko)</legend>
        <div class="risk-score-row">
          <ScoreSelect
            id={`${p}-rl`}
            label="Sannsynlighet etter tiltak"
            scale={method.likelihood}
            value={risk.residualLikelihood}
            onSelect={(s) => setField('residualLikelihood', s)}
          />
          <ScoreSelect
            id={`${p}-rc`}
            label="Konsekvens etter tiltak"
            scale={method.consequence}
            value={risk.residualConsequence}
            onSelect={(s) => setField('residualConsequence', s)}
          />
        </div>
        <RatingLine risk={risk} stage="after" method={method} />
        <TextField
          id={`${p}-residual-justification`}
          label="Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)"
          multiline
          describedBy={needsResidualJustification(risk) ? `${p}-residual-justification-error` : undefined}
          value={risk.residualJustification}
          draft={draft('residualJustification')}
          onCommit={(v) => setField('residualJustification', v)}
        />
        {needsResidualJustification(risk) && (
          <p id={`${p}-residual-justification-error`} class="form-error">
            Skriv hvorfor risikoen er lavere etter tiltak. Uten begrunnelse kan ikke ledelsen godta restrisikoen.
          </p>
        )}
        <ResidualPair risk={risk} method={method} today={today} />
      </fieldset>

      <div class="actions">
        <button type="button" class="button" onClick={onClose}>
          Lukk
        </button>
        {confirmRemove ? (
          <>
            <button type="button" class="button secondary" onClick={onRemove}>
              Bekreft: fjern «{risk.title}»
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirmRemove(false)}>
              Behold risikoen
            </button>
          </>
        ) : (
          <button type="button" class="button secondary" onClick={() => setConfirmRemove(true)}>
            Fjern risikoen
          </button>
        )}
      </div>
    </div>
  );
}
