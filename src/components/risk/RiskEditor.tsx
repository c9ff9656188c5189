import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField, type DraftPlace } from '../form/TextField';
import type { Risk } from '../../lib/model/schema';
import type { Scenario } from '../../lib/risk/scenarios';
import { sourceLabel } from '../../lib/risk/bank-texts';
import type { RiskMethod } from '../../lib/risk/method';
import { needsResidualJustification, residualIsLower } from '../../lib/risk/method-residual';
import { GoalSelect } from './GoalSelect';
import { ResidualPair, StageScores } from './RiskRating';
import { RiskMeasures } from './RiskMeasures';

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

/** Edits one risk: what it is, how likely and serious before measures, measures, and the residual risk. */
export function RiskEditor({ risk, method, scenario, today, onChange, onRemove, onClose }: EditorProps) {
  const p = `risk-${risk.id}`;
  const draft = (field: string): DraftPlace => ({ form: 'risiko', id: risk.id, field, what: 'risikovurderingen' });
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [titleError, setTitleError] = useState('');
  useEffect(() => heading.current?.focus(), [risk.id]);

  const lower = residualIsLower(risk);
  const missing = needsResidualJustification(risk);
  const setField = <K extends keyof Risk>(key: K, value: Risk[K]) => onChange((r) => ({ ...r, [key]: value }));
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
      <GoalSelect id={`${p}-goal`} value={risk.goal} onChange={(goal) => setField('goal', goal)} />
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
        <StageScores prefix={p} stage="before" risk={risk} method={method} onSelect={setField} />
        <TextField
          id={`${p}-justification`}
          label="Begrunnelse for vurderingen"
          multiline
          value={risk.justification}
          draft={draft('justification')}
          onCommit={(v) => setField('justification', v)}
        />
      </fieldset>

      <RiskMeasures risk={risk} prefix={p} scenario={scenario} today={today} draft={draft} onChange={onChange} />

      <fieldset class="risk-stage">
        <legend>Etter tiltak (restrisiko)</legend>
        <StageScores prefix={p} stage="after" risk={risk} method={method} onSelect={setField} />
        <TextField
          id={`${p}-residual-justification`}
          label="Begrunnelse for vurderingen etter tiltak (påkrevd når risikoen er lavere)"
          multiline
          describedBy={lower ? `${p}-residual-justification-${missing ? 'error' : 'hint'}` : undefined}
          value={risk.residualJustification}
          draft={draft('residualJustification')}
          onCommit={(v) => setField('residualJustification', v)}
        />
        {lower && (
          // The error and the hint share one place, as high as the higher of them, so «Lukk» below does not move
          // when the text is saved (a click right after typing saves on blur and must still hit the button).
          <div class="risk-required">
            <p id={`${p}-residual-justification-error`} class={missing ? 'form-error' : 'form-error is-hidden'}>
              Skriv hvorfor risikoen er lavere etter tiltak. Uten begrunnelse kan ikke ledelsen godta restrisikoen.
            </p>
            <p id={`${p}-residual-justification-hint`} class={missing ? 'risk-hint is-hidden' : 'risk-hint'}>
              Begrunnelsen er påkrevd fordi risikoen er lavere etter tiltak.
            </p>
          </div>
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
