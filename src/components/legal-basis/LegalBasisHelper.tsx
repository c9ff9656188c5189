import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../useStore';
import { $activeAssessment, updateAssessmentOrThrow as updateAssessment } from '../../stores/workspace';
import { AssessmentBar } from '../workspace/AssessmentBar';
import { answerOf, evaluate, visibleQuestions, isComplete, stepError } from '../../lib/legal-basis';
import { furthestStep, shortResult } from '../../lib/legal-basis/progress';
import type { Assessment, SupplementaryBasis } from '../../lib/model/schema';
import { QuestionStep } from './QuestionStep';
import { SupplementaryFields } from './SupplementaryFields';
import { ResultStep } from './ResultStep';
import { TOOL_TEXTS } from '../tool-texts';

/** The legal-basis helper: the assessment bar, then the steps of the helper for the active assessment. */
export function LegalBasisHelper() {
  const active = useStore($activeAssessment);
  return (
    <div class="legal-basis">
      <AssessmentBar />
      {active ? <Wizard key={active.id} assessment={active} /> : <p class="tool-panel lb-empty">{TOOL_TEXTS.behandlingsgrunnlag.empty}</p>}
    </div>
  );
}

function Wizard({ assessment }: { assessment: Assessment }) {
  const answers = assessment.legalBasis.answers;
  const steps = visibleQuestions(answers);
  const total = steps.length + 1;
  const furthest = furthestStep(steps, answers);
  const [index, setIndex] = useState(() => furthest);
  const [error, setError] = useState('');
  const [saveError, setSaveError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const current = Math.min(index, steps.length);
  const question = current < steps.length ? steps[current] : null;
  const evaluation = evaluate(assessment.legalBasis);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [current]);

  const go = (to: number) => {
    moved.current = true;
    setError('');
    setIndex(to);
  };

  const save = (questionId: string, patch: { value?: string; justification?: string }) => {
    try {
      updateAssessment(assessment.id, (a) => {
        const before = a.legalBasis.answers[questionId] ?? { value: '', justification: '' };
        return {
          ...a,
          legalBasis: { ...a.legalBasis, answers: { ...a.legalBasis.answers, [questionId]: { ...before, ...patch } } },
        };
      });
      setSaveError('');
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : 'Endringen ble ikke lagret.');
    }
  };

  const saveBasis = (patch: Partial<SupplementaryBasis>) => {
    try {
      updateAssessment(assessment.id, (a) => ({
        ...a,
        legalBasis: { ...a.legalBasis, supplementaryBasis: { ...a.legalBasis.supplementaryBasis, ...patch } },
      }));
      setSaveError('');
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : 'Endringen ble ikke lagret.');
    }
  };

  const next = () => {
    if (!question) return;
    // Read the stored answers, not the last render's: a choice made just before may not have re-rendered yet.
    const fresh = $activeAssessment.get()?.legalBasis.answers ?? answers;
    const problem = stepError(question, fresh);
    if (problem) {
      setError(problem);
      const target = answerOf(fresh, question.id)
        ? document.getElementById(`lb-just-${question.id}`)
        : document.querySelector<HTMLInputElement>(`input[name="lb-${question.id}"]`);
      target?.focus();
      return;
    }
    go(current + 1);
  };

  return (
    <section class="tool-panel lb-wizard" aria-labelledby="lb-title">
      <h2 id="lb-title" class="tool-panel__title">
        Veiviser for behandlingsgrunnlag
      </h2>
      <p role="status" class="lb-live">
        {shortResult(evaluation)}
      </p>

      <nav class="lb-progress not-content" aria-label="Steg i veiviseren">
        <ol>
          {[...steps, null].map((q, i) => {
            const done = q ? isComplete(q, answers) : false;
            const label = q ? q.short : 'Resultat';
            const status = q ? (done ? 'besvart' : answerOf(answers, q.id) ? 'mangler begrunnelse' : 'ikke besvart') : '';
            const reachable = i <= furthest;
            const content = (
              <>
                <span class="lb-progress__mark" aria-hidden="true">
                  {q ? (done ? '✓' : '○') : '■'}
                </span>
                <span>{label}</span>
                {status && <span class="lb-progress__status"> ({status})</span>}
              </>
            );
            return (
              <li key={q?.id ?? 'resultat'} class={i === current ? 'is-current' : undefined}>
                {reachable && i !== current ? (
                  <button type="button" class="lb-progress__link" onClick={() => go(i)}>
                    {content}
                  </button>
                ) : (
                  <span class="lb-progress__item" aria-current={i === current ? 'step' : undefined}>
                    {content}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>

      <div class="lb-step">
        <p class="lb-step__count">
          Steg {current + 1} av {total}
        </p>
        <h3 id="lb-step-heading" class="lb-step__heading" tabIndex={-1} ref={headingRef}>
          {question ? question.short : 'Resultat'}
        </h3>
        {question ? (
          <QuestionStep
            key={question.id}
            question={question}
            answers={answers}
            evaluation={evaluation}
            error={error}
            onChoose={(value) => {
              setError('');
              save(question.id, { value });
            }}
            onJustify={(justification) => save(question.id, { justification })}
          />
        ) : null}
        {question?.id === 'e-supplerende' && answerOf(answers, 'e-supplerende')?.value === 'navngitt' ? (
          <SupplementaryFields basis={assessment.legalBasis.supplementaryBasis} onChange={saveBasis} />
        ) : null}
        {question ? null : <ResultStep evaluation={evaluation} steps={steps} onEdit={go} />}
        {saveError && (
          <p class="form-error" role="alert">
            {saveError}
          </p>
        )}
      </div>

      <div class="actions lb-nav not-content">
        <button type="button" class="button secondary" disabled={current === 0} onClick={() => go(current - 1)}>
          Forrige
        </button>
        {question && (
          <button type="button" class="button" onClick={next}>
            {current + 1 === steps.length ? 'Se resultatet' : 'Neste'}
          </button>
        )}
      </div>
    </section>
  );
}
