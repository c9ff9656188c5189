import { useState } from 'preact/hooks';
import { updateAssessment } from '../../stores/workspace';
import { TextField } from '../form/TextField';
import type { Assessment } from '../../lib/model/schema';
import type { DecisionState, DecisionStatus } from '../../lib/decisions/rules';
import { setConditionStatus } from '../../lib/decisions/round';
import { formatLongDate as formatDate } from '../../lib/dates';

const ICON: Record<DecisionState, string> = { ingen: '○', godkjent: '✔', 'ikke-godkjent': '✖', betinget: '◐' };

/** The status under chapter 8: what the latest decision means, art. 36, and the conditions to follow up. */
export function StatusPanel({ a, status }: { a: Assessment; status: DecisionStatus }) {
  const blocked =
    status.consultation.state === 'kreves' || status.consultation.state === 'bedt-om' || status.consultation.state === 'besvart';
  const [error, setError] = useState('');
  const latestIndex = a.decisions.length;
  // Each change reads the other half (met or note) from what is stored, so a note committed on blur is not overwritten.
  const change = (id: string, patch: { met?: boolean; note?: string }): boolean => {
    const saved = updateAssessment(a.id, (cur) => {
      const stored = cur.conditionStatus[id];
      return setConditionStatus(cur, id, patch.met ?? stored?.met ?? false, patch.note ?? stored?.note ?? '');
    });
    setError(saved.ok ? '' : saved.message);
    return saved.ok;
  };
  const icon = blocked ? '⚠' : ICON[status.state];
  return (
    <section class="tool-panel decision-status" aria-labelledby="decision-status-heading">
      <h2 id="decision-status-heading" class="tool-panel__title">
        Status etter kapittel 8
      </h2>
      <p class={`decision-state decision-state--${blocked ? 'art36' : status.state}`}>
        <span class="decision-state__icon" aria-hidden="true">
          {icon}
        </span>{' '}
        <strong>{status.label}</strong>
      </p>
      {blocked && (
        <p>
          <strong>Enheten kan ikke starte ennå.</strong>
        </p>
      )}
      <p>{status.meaning}</p>
      <p>
        <strong>Neste steg:</strong> {status.nextStep}
      </p>
      {status.changedSinceDecision && (
        <p class="decision-changed">
          <strong>Vurderingen er endret etter siste registrerte beslutning</strong> (runde {latestIndex},{' '}
          {formatDate(a.decisions[latestIndex - 1].date)}). Ledelsen har ikke behandlet endringene.
        </p>
      )}
      {status.consultation.paragraphs.length > 0 && (
        <div class="decision-art36" role="note" aria-labelledby="art36-heading">
          <h3 id="art36-heading">Forhåndsdrøfting med Datatilsynet (art. 36)</h3>
          <p>
            <strong>{status.consultation.label}</strong>
          </p>
          {status.consultation.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {status.art36 && (
        <div class="decision-ks" role="note" aria-labelledby="art36-ks-heading">
          <h3 id="art36-ks-heading">KS' prosessråd om forhåndsdrøfting</h3>
          {status.art36.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {status.conditions.length > 0 && (
        <fieldset class="decision-conditions">
          <legend>Vilkår i den betingede godkjenningen</legend>
          {status.conditions.map((c) => (
            <ConditionRow key={c.id} assessmentId={a.id} id={c.id} text={c.text} met={c.met} note={c.note} onChange={change} />
          ))}
        </fieldset>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function ConditionRow(props: {
  assessmentId: string;
  id: string;
  text: string;
  met: boolean;
  note: string;
  onChange: (id: string, patch: { met?: boolean; note?: string }) => boolean;
}) {
  return (
    <div class="decision-condition">
      <div class="decision-check">
        <input
          type="checkbox"
          id={`cond-${props.id}`}
          checked={props.met}
          onChange={(e) => props.onChange(props.id, { met: e.currentTarget.checked })}
        />
        <label for={`cond-${props.id}`}>
          {props.text} <span class="decision-tag">{props.met ? '(oppfylt)' : '(ikke oppfylt)'}</span>
        </label>
      </div>
      <TextField
        id={`cond-note-${props.id}`}
        label="Merknad til vilkåret"
        value={props.note}
        draft={{ form: 'vilkar', id: props.assessmentId, field: props.id, what: 'merknadene til vilkårene' }}
        onCommit={(note) => props.onChange(props.id, { note })}
      />
    </div>
  );
}
