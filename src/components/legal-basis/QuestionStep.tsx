import { useState } from 'preact/hooks';
import { answerOf, withBase, type Answers, type Evaluation, type Question } from '../../lib/legal-basis';
import { BASE, Sources, Warnings } from './Sources';
import { RadioGroup } from '../form/Fieldset';

export interface StepProps {
  question: Question;
  answers: Answers;
  evaluation: Evaluation;
  error: string;
  onChoose: (value: string) => void;
  onJustify: (text: string) => void;
}

/** One question of the helper: its help, the options, the justification, and the step's warnings and sources. */
export function QuestionStep({ question: q, answers, evaluation, error, onChoose, onJustify }: StepProps) {
  const answer = answerOf(answers, q.id);
  const [draft, setDraft] = useState(answers[q.id]?.justification ?? '');
  const errorId = error ? 'lb-step-error' : undefined;
  const helpId = `lb-help-${q.id}`;
  const warnings = evaluation.warnings.filter((w) => w.question === q.id);
  const required = answer !== undefined && (q.justificationRequiredFor ?? []).includes(answer.value);

  return (
    <>
      <div id={helpId}>
        {q.help.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      {q.aids && (
        <div class="lb-aids">
          <h4>{q.aids.heading}</h4>
          <ul>
            {q.aids.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      <RadioGroup
        class="lb-options"
        optionClass="lb-option"
        name={`lb-${q.id}`}
        legend={q.title}
        hintId={errorId ? `${helpId} ${errorId}` : helpId}
        options={q.options.map((o) => ({ value: o.id, label: o.label }))}
        value={answer?.value}
        onChange={onChoose}
      />
      <div class="field">
        <label for={`lb-just-${q.id}`}>{q.justificationLabel}</label>
        <textarea
          id={`lb-just-${q.id}`}
          value={draft}
          aria-describedby={errorId}
          aria-invalid={error && answer ? true : undefined}
          aria-required={required ? true : undefined}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            onJustify(text);
          }}
        />
      </div>
      {error && (
        <p id="lb-step-error" class="form-error" role="alert">
          {error}
        </p>
      )}
      {warnings.length > 0 && <Warnings warnings={warnings} label="Advarsler for dette steget" />}
      <Sources refs={q.sources} label="Rettskilder for dette steget" />
      {q.toolLink && (
        <p>
          <a href={withBase(BASE, q.toolLink.path)}>{q.toolLink.text}</a>
        </p>
      )}
    </>
  );
}
