import { ANSWER_LABELS, CRITERIA, RESULT_LABELS, screeningOutcome, setCriterion, type ScreeningResult } from '../../lib/dpia/screening';
import type { ScreeningAnswer } from '../../lib/dpia/sections';
import { useDpia } from './use-dpia';
import { DpiaFrame, type DpiaView } from './DpiaFrame';
import { RadioGroup } from '../form/Fieldset';
import { DpiaText } from './DpiaText';

const ANSWERS = (Object.entries(ANSWER_LABELS) as [NonNullable<ScreeningAnswer>, string][]).map(([value, label]) => ({ value, label }));
const RESULTS = (Object.entries(RESULT_LABELS) as [ScreeningResult, string][]).map(([value, label]) => ({ value, label }));

function AnswerChoice({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  value: ScreeningAnswer;
  onChange: (v: ScreeningAnswer) => void;
}) {
  return <RadioGroup class="dpia-fieldset" name={name} legend={legend} options={ANSWERS} value={value ?? undefined} onChange={onChange} />;
}

/** «Trenger vi en DPIA?»: the nine WP248 criteria, Datatilsynet's list, and the recorded result with reasoning. */
export function Screening() {
  const dpia = useDpia();
  return <DpiaFrame dpia={dpia}>{(view) => <ScreeningParts {...view} />}</DpiaFrame>;
}

function ScreeningParts({ a, save }: DpiaView) {
  const s = a.screening;
  const outcome = screeningOutcome(s);
  return (
    <>
      <section class="tool-panel" aria-labelledby="screening-criteria-heading">
        <h2 id="screening-criteria-heading" class="tool-panel__title">
          Ni kriterier for «{a.title}»
        </h2>
        <p>Svar ja, nei eller usikker på hvert kriterium, og skriv kort hvorfor. Notatet kommer med i rapporten.</p>
        <ol class="dpia-list">
          {CRITERIA.map((c, i) => {
            const entry = s.criteria[c.id] ?? { answer: null, note: '' };
            return (
              <li key={c.id}>
                <h3 id={`screening-${c.id}`}>
                  {i + 1}. {c.name}
                </h3>
                <p id={`screening-${c.id}-help`} class="dpia-help">
                  {c.help}
                </p>
                <AnswerChoice
                  name={`screening-${c.id}`}
                  legend={`Er kriteriet «${c.name}» oppfylt?`}
                  value={entry.answer}
                  onChange={(v) => save('screening', (x) => setCriterion(x, c.id, { answer: v }), `Svaret på «${c.name}» er lagret.`)}
                />
                <DpiaText
                  assessment={a.id}
                  part="screening"
                  field={`criterion.${c.id}`}
                  id={`screening-${c.id}-note`}
                  label={`Notat: ${c.name.toLowerCase()}`}
                  value={entry.note}
                  multiline
                  describedBy={`screening-${c.id}-help`}
                  onCommit={(note) => save('screening', (x) => setCriterion(x, c.id, { note }))}
                />
              </li>
            );
          })}
        </ol>
      </section>

      <section class="tool-panel" aria-labelledby="screening-list-heading">
        <h2 id="screening-list-heading" class="tool-panel__title">
          Datatilsynets liste
        </h2>
        <p>
          Datatilsynet har laget en liste over behandlinger som alltid krever en vurdering av personvernkonsekvenser. Les listen hos
          Datatilsynet, og svar på om behandlingen deres står på den.
        </p>
        <AnswerChoice
          name="screening-datatilsynet"
          legend="Står behandlingen på Datatilsynets liste?"
          value={s.datatilsynetList.answer}
          onChange={(v) =>
            save(
              'screening',
              (x) => ({ ...x, datatilsynetList: { ...x.datatilsynetList, answer: v } }),
              'Svaret om Datatilsynets liste er lagret.',
            )
          }
        />
        <DpiaText
          assessment={a.id}
          part="screening"
          field="datatilsynetList"
          id="screening-datatilsynet-note"
          label="Notat om Datatilsynets liste"
          value={s.datatilsynetList.note}
          multiline
          onCommit={(note) => save('screening', (x) => ({ ...x, datatilsynetList: { ...x.datatilsynetList, note } }))}
        />
      </section>

      <section class="tool-panel" aria-labelledby="screening-result-heading">
        <h2 id="screening-result-heading" class="tool-panel__title">
          Resultat
        </h2>
        <div class="dpia-result" aria-live="polite">
          <p>
            <strong>Dette peker svarene mot:</strong> {outcome.text}
          </p>
          {outcome.suggested && <p>Forslag: {RESULT_LABELS[outcome.suggested]}.</p>}
        </div>
        <RadioGroup
          class="dpia-fieldset dpia-fieldset--stack"
          name="screening-result"
          legend="Hva konkluderer kommunen med?"
          options={RESULTS}
          value={s.result ?? undefined}
          onChange={(v) => save('screening', (x) => ({ ...x, result: v }), `Resultatet «${RESULT_LABELS[v]}» er lagret.`)}
        />
        <DpiaText
          assessment={a.id}
          part="screening"
          field="reasoning"
          id="screening-reasoning"
          label="Begrunnelse for resultatet"
          value={s.reasoning}
          multiline
          describedBy="screening-reasoning-help"
          onCommit={(reasoning) => save('screening', (x) => ({ ...x, reasoning }))}
        >
          <p id="screening-reasoning-help" class="dpia-help">
            Skriv hvilke kriterier som veide tyngst. Konkluderer dere med at en DPIA ikke er påkrevd, må begrunnelsen forklare hvorfor
            behandlingen ikke er sannsynlig å medføre høy risiko.
          </p>
        </DpiaText>
        {outcome.problems.length > 0 && (
          <ul class="form-error-list">
            {outcome.problems.map((p) => (
              <li key={p} class="form-error">
                {p}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
