import { useState } from 'preact/hooks';
import type { PrivacyGoal, Risk } from '../../lib/model/schema';
import { scenariosByGoal, type Scenario } from '../../lib/risk/scenarios';
import { GoalSelect } from './GoalSelect';
import { memo } from './memo';

interface PickerProps {
  scenarios: Scenario[];
  risks: Risk[];
  onAdd: (chosen: Scenario[]) => void;
}

/** All the picker reads of the risks: how many (the bank is open when none) and the scenarios they were made from. */
const usedKey = (risks: Risk[]) => `${risks.length}:${risks.map((r) => r.scenarioId ?? '').join('|')}`;

/**
 * Risks from the scenario bank: the ones not yet added can be chosen and added together.
 * Drawn again only when the scenarios in use change, not at every edit of a risk.
 */
export const ScenarioPicker = memo(
  ScenarioList,
  (a, b) => a.scenarios === b.scenarios && a.onAdd === b.onAdd && usedKey(a.risks) === usedKey(b.risks),
);

function ScenarioList({ scenarios, risks, onAdd }: PickerProps) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const used = new Set(risks.map((r) => r.scenarioId).filter(Boolean));
  const available = scenarios.filter((s) => !used.has(s.id));
  const toggle = (id: string) =>
    setChosen((c) => {
      const n = new Set(c);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <details class="risk-bank" open={risks.length === 0}>
      <summary>
        Fra scenariobanken ({available.length} av {scenarios.length} er ikke lagt til)
      </summary>
      <p>
        Scenarioene er nettstedets egne eksempler, skrevet ut fra veilederens kapitler og Bergen-saken. Velg dem som gjelder for deres bruk.
        Dere vurderer sannsynlighet og konsekvens for hver risiko etterpå.
      </p>
      {scenariosByGoal(scenarios).map((group) => (
        <fieldset key={group.goal} class="risk-bank__group">
          <legend>{group.label}</legend>
          {group.scenarios.map((s) => (
            <div key={s.id} class="risk-bank__item">
              <input
                type="checkbox"
                id={`pick-${s.id}`}
                checked={used.has(s.id) || chosen.has(s.id)}
                disabled={used.has(s.id)}
                onChange={() => toggle(s.id)}
              />
              <label for={`pick-${s.id}`}>
                {s.title}
                {used.has(s.id) && ' (lagt til)'}
              </label>
            </div>
          ))}
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          disabled={available.length === 0}
          onClick={() => setChosen(new Set(available.map((s) => s.id)))}
        >
          Velg alle som ikke er lagt til
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            const picked = available.filter((s) => chosen.has(s.id));
            if (picked.length === 0) return;
            onAdd(picked);
            setChosen(new Set());
          }}
          disabled={[...chosen].every((id) => used.has(id))}
        >
          Legg til valgte ({[...chosen].filter((id) => !used.has(id)).length})
        </button>
      </div>
    </details>
  );
}

/** A risk of the municipality's own: title, goal and description (the title is required). */
export function OwnRiskForm({ onAdd }: { onAdd: (f: { title: string; goal: PrivacyGoal; description: string }) => boolean }) {
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState<PrivacyGoal>('apenhet');
  const [description, setDescription] = useState('');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('Skriv en tittel på risikoen.');
      document.getElementById('own-title')?.focus();
      return;
    }
    if (onAdd({ title, goal, description })) {
      setTitle('');
      setDescription('');
      setError('');
    }
  };
  return (
    <details class="risk-own">
      <summary>Skriv en egen risiko</summary>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="own-title">Tittel på risikoen</label>
          <input
            id="own-title"
            value={title}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'own-error' : undefined}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <GoalSelect id="own-goal" value={goal} onChange={setGoal} />
        <div class="field">
          <label for="own-description">Beskrivelse</label>
          <textarea id="own-description" value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </div>
        {error && (
          <p id="own-error" class="form-error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button">
            Legg til egen risiko
          </button>
        </div>
      </form>
    </details>
  );
}
