import { AssessmentBar } from '../workspace/AssessmentBar';
import { ANSWER_LABELS, CRITERIA, RESULT_LABELS, screeningOutcome, setCriterion, type ScreeningResult } from '../../lib/dpia/screening';
import type { ScreeningAnswer } from '../../lib/dpia/sections';
import { useDpia } from './use-dpia';
import './dpia.css';

const ANSWERS = Object.entries(ANSWER_LABELS) as [NonNullable<ScreeningAnswer>, string][];

function AnswerChoice({ name, legend, value, onChange }: { name: string; legend: string; value: ScreeningAnswer; onChange: (v: ScreeningAnswer) => void }) {
  return (
    <fieldset class="dpia-fieldset">
      <legend>{legend}</legend>
      {ANSWERS.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** «Trenger vi en DPIA?»: the nine WP248 criteria, Datatilsynet's list, and the recorded result with reasoning. */
export function Screening() {
  const { a, save, error, status } = useDpia();
  if (!a) {
    return (
      <div class="dpia">
        <AssessmentBar />
        <p class="tool-panel">Velg eller opprett en vurdering over for å starte.</p>
      </div>
    );
  }
  const s = a.screening;
  const outcome = screeningOutcome(s);
  return (
    <div class="dpia">
      <AssessmentBar />
      {error && <p class="form-error" role="alert">{error}</p>}
      <p class="sr-only" role="status" aria-live="polite">{status}</p>

      <section class="tool-panel" aria-labelledby="screening-criteria-heading">
        <h2 id="screening-criteria-heading" class="tool-panel__title">Ni kriterier for «{a.title}»</h2>
        <p>Svar ja, nei eller usikker på hvert kriterium, og skriv kort hvorfor. Notatet kommer med i rapporten.</p>
        <ol class="dpia-list">
          {CRITERIA.map((c, i) => {
            const entry = s.criteria[c.id] ?? { answer: null, note: '' };
            return (
              <li key={c.id}>
                <h3 id={`screening-${c.id}`}>{i + 1}. {c.name}</h3>
                <p id={`screening-${c.id}-help`} class="dpia-help">{c.help}</p>
                <AnswerChoice name={`screening-${c.id}`} legend={`Er kriteriet «${c.name}» oppfylt?`} value={entry.answer}
                  onChange={(v) => save('screening', (x) => setCriterion(x, c.id, { answer: v }), `Svaret på «${c.name}» er lagret.`)} />
                <div class="field">
                  <label for={`screening-${c.id}-note`}>Notat: {c.name.toLowerCase()}</label>
                  <textarea id={`screening-${c.id}-note`} maxLength={20000} value={entry.note} aria-describedby={`screening-${c.id}-help`}
                    onInput={(e) => save('screening', (x) => setCriterion(x, c.id, { note: (e.currentTarget).value }))} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section class="tool-panel" aria-labelledby="screening-list-heading">
        <h2 id="screening-list-heading" class="tool-panel__title">Datatilsynets liste</h2>
        <p>
          Datatilsynet har laget en liste over behandlinger som alltid krever en vurdering av personvernkonsekvenser. Les listen
          hos Datatilsynet, og svar på om behandlingen deres står på den.
        </p>
        <AnswerChoice name="screening-datatilsynet" legend="Står behandlingen på Datatilsynets liste?" value={s.datatilsynetList.answer}
          onChange={(v) => save('screening', (x) => ({ ...x, datatilsynetList: { ...x.datatilsynetList, answer: v } }), 'Svaret om Datatilsynets liste er lagret.')} />
        <div class="field">
          <label for="screening-datatilsynet-note">Notat om Datatilsynets liste</label>
          <textarea id="screening-datatilsynet-note" maxLength={20000} value={s.datatilsynetList.note}
            onInput={(e) => save('screening', (x) => ({ ...x, datatilsynetList: { ...x.datatilsynetList, note: (e.currentTarget).value } }))} />
        </div>
      </section>

      <section class="tool-panel" aria-labelledby="screening-result-heading">
        <h2 id="screening-result-heading" class="tool-panel__title">Resultat</h2>
        <div class="dpia-result" aria-live="polite">
          <p><strong>Dette peker svarene mot:</strong> {outcome.text}</p>
          {outcome.suggested && <p>Forslag: {RESULT_LABELS[outcome.suggested]}.</p>}
        </div>
        <fieldset class="dpia-fieldset dpia-fieldset--stack">
          <legend>Hva konkluderer kommunen med?</legend>
          {(Object.entries(RESULT_LABELS) as [ScreeningResult, string][]).map(([v, label]) => (
            <label key={v}>
              <input type="radio" name="screening-result" value={v} checked={s.result === v}
                onChange={() => save('screening', (x) => ({ ...x, result: v }), `Resultatet «${label}» er lagret.`)} />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="screening-reasoning">Begrunnelse for resultatet</label>
          <textarea id="screening-reasoning" maxLength={20000} value={s.reasoning} aria-describedby="screening-reasoning-help"
            onInput={(e) => save('screening', (x) => ({ ...x, reasoning: (e.currentTarget).value }))} />
          <p id="screening-reasoning-help" class="dpia-help">
            Skriv hvilke kriterier som veide tyngst. Konkluderer dere med at en DPIA ikke er påkrevd, må begrunnelsen forklare hvorfor
            behandlingen ikke er sannsynlig å medføre høy risiko.
          </p>
        </div>
        {outcome.problems.length > 0 && (
          <ul class="form-error-list">
            {outcome.problems.map((p) => <li key={p} class="form-error">{p}</li>)}
          </ul>
        )}
      </section>
    </div>
  );
}
