import { useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import type { Assessment } from '../../lib/model/schema';
import type { RiskMethod } from '../../lib/risk/method';
import { methodMovers, moveLine, moversHeadline, scoresOutsideScale } from '../../lib/risk/method-change';
import { READY_METHODS, copyMethod } from '../../lib/risk/method-presets';
import { $defaultMethod, $hasOwnDefault } from '../../stores/risk-method';
import { updateAssessment } from '../../stores/workspace';
import { Panel } from '../form/Panel';

interface Choice {
  key: string;
  label: string;
  method: RiskMethod;
}

/**
 * The method of the assessment, and changing it: the risks that change band
 * are listed before anything changes, the change needs a confirmation, and it
 * can be undone. A thin view over src/lib/risk/method-change.ts.
 */
export function AssessmentMethod({
  a,
  today,
  onMessage,
}: {
  a: Assessment;
  today: string;
  onMessage: (text: string, error?: boolean) => void;
}) {
  const municipal = useStore($defaultMethod);
  const own = useStore($hasOwnDefault);
  const [choice, setChoice] = useState('');
  const [undo, setUndo] = useState<{ previous: RiskMethod; to: string } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const current = JSON.stringify(a.method);
  const choices: Choice[] = [
    ...(own ? [{ key: 'kommunen', label: `Kommunens standardmetode: ${municipal.name}`, method: municipal }] : []),
    ...READY_METHODS.map((m) => ({ key: m.id, label: m.name, method: m })),
  ].filter((c) => JSON.stringify(c.method) !== current);
  const chosen = choices.find((c) => c.key === choice);
  const movers = chosen ? methodMovers(a.risks, a.method, chosen.method, today) : [];
  const outside = chosen ? scoresOutsideScale(a.risks, chosen.method) : [];

  const change = (to: RiskMethod, message: string): boolean => {
    const saved = updateAssessment(a.id, (cur) => ({ ...cur, method: copyMethod(to) }));
    if (!saved.ok) {
      onMessage(saved.message, true);
      return false;
    }
    onMessage(message);
    return true;
  };
  const confirm = () => {
    if (!chosen) return;
    const previous = a.method;
    if (change(chosen.method, `Vurderingen bruker nå «${chosen.method.name}». ${moversHeadline(movers)}`)) {
      setUndo({ previous, to: chosen.method.name });
      setChoice('');
      requestAnimationFrame(() => undoButton.current?.focus());
    }
  };
  const undoChange = () => {
    if (!undo) return;
    if (change(undo.previous, `Byttet er angret. Vurderingen bruker igjen «${undo.previous.name}».`)) {
      setUndo(null);
      requestAnimationFrame(() => select.current?.focus());
    }
  };

  return (
    <Panel id="risk-method-heading" title="Risikometode for vurderingen">
      <p>
        Vurderingen bruker <strong data-testid="assessment-method">{a.method.name}</strong>. Metoden bestemmer skalaene, nivået i hver rute
        og akseptkriteriene. <a href="../risikometode/">Se og tilpass metodene</a>.
      </p>
      {undo && (
        <p class="risk-method-undo">
          Metoden er byttet til «{undo.to}».{' '}
          <button ref={undoButton} type="button" class="button secondary" onClick={undoChange}>
            Angre byttet av metode
          </button>
        </p>
      )}
      <div class="field">
        <label for="risk-method-choice">Bytt metode for denne vurderingen</label>
        <select id="risk-method-choice" ref={select} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          <option value="">Velg en annen metode …</option>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <div class="risk-method-confirm" role="group" aria-labelledby="risk-method-confirm-heading">
          <h3 id="risk-method-confirm-heading">Dette endres hvis dere bytter til «{chosen.method.name}»</h3>
          <p data-testid="method-movers">
            <strong>{moversHeadline(movers)}</strong>
          </p>
          {movers.length > 0 && (
            <ul data-testid="method-mover-list">
              {movers.map((m) => (
                <li key={m.riskId}>
                  {m.title}: {m.moves.map(moveLine).join('; ')}
                </li>
              ))}
            </ul>
          )}
          {outside.length > 0 && (
            <p class="form-error">
              Noen verdier ligger over den nye metodens skala og får ikke noe nivå før de er vurdert på nytt: {outside.join(', ')}. Verdiene
              blir ikke slettet.
            </p>
          )}
          <p class="risk-hint">Sannsynlighet og konsekvens endres ikke, bare hvilket nivå de gir. Byttet kan angres.</p>
          <div class="actions">
            <button type="button" class="button" onClick={confirm}>
              Bytt til «{chosen.method.name}»
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setChoice('');
                select.current?.focus();
              }}
            >
              Avbryt
            </button>
          </div>
        </div>
      )}
    </Panel>
  );
}
