import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $activeAssessment, updateAssessmentOrThrow as updateAssessment } from '../../stores/workspace';
import { AssessmentBar } from '../workspace/AssessmentBar';
import {
  evaluate,
  visibleQuestions,
  isComplete,
  stepError,
  answerOf,
  sourcePath,
  withBase,
  checkSupplementary,
  type Answers,
  type Evaluation,
  type Question,
  type SourceRef,
} from '../../lib/legal-basis';
import type { Assessment, BasisCheck, SupplementaryBasis } from '../../lib/model/schema';
import './legal-basis.css';

const BASE = import.meta.env.BASE_URL;

/** The legal-basis helper: the assessment bar, then the steps of the helper for the active assessment. */
export function LegalBasisHelper() {
  const active = useStore($activeAssessment);
  return (
    <div class="legal-basis">
      <AssessmentBar />
      {active ? (
        <Wizard key={active.id} assessment={active} />
      ) : (
        <p class="tool-panel lb-empty">Velg eller opprett en vurdering over for å starte veiviseren.</p>
      )}
    </div>
  );
}

/** A legal source linked to its page in the register. */
function Source({ refText }: { refText: SourceRef }) {
  const path = sourcePath(refText);
  return path ? <a href={withBase(BASE, path)}>{refText}</a> : <span>{refText}</span>;
}

function Sources({ refs, label = 'Kilder' }: { refs: SourceRef[]; label?: string }) {
  if (refs.length === 0) return null;
  return (
    <p class="lb-sources">
      {label}:{' '}
      {refs.map((r, i) => (
        <span key={r}>
          {i > 0 && ', '}
          <Source refText={r} />
        </span>
      ))}
    </p>
  );
}

/** Warnings with the sources they cite: on a step (only that step's) and in the result (all). */
function Warnings({ warnings, label }: { warnings: Evaluation['warnings']; label?: string }) {
  return (
    <ul class="lb-warnings" aria-label={label}>
      {warnings.map((w) => (
        <li key={w.id} class="lb-warning">
          <p>
            <strong>{w.marks?.length ? `Advarsel (${w.marks.join(', ')}):` : 'Advarsel:'}</strong> {w.text}
          </p>
          <Sources refs={w.articles} />
        </li>
      ))}
    </ul>
  );
}

const BASIS_REF = { e: 'art. 6 nr. 1 bokstav e', f: 'art. 6 nr. 1 bokstav f' } as const;

function shortResult(e: Evaluation): string {
  if (e.basis) return `Foreløpig resultat: svarene peker mot ${BASIS_REF[e.basis]}.`;
  if (e.status === 'stoppet') return 'Foreløpig resultat: KS fraråder sosiale medier i dette tjenesteområdet, og det mangler en begrunnelse.';
  return 'Foreløpig resultat: ikke noe behandlingsgrunnlag er tilgjengelig ennå.';
}

/** The index of the first step that cannot be left yet, or the result step when all can. */
function furthestStep(steps: Question[], answers: Answers): number {
  const blocked = steps.findIndex((q) => stepError(q, answers) !== null);
  return blocked === -1 ? steps.length : blocked;
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
      <h2 id="lb-title" class="tool-panel__title">Veiviser for behandlingsgrunnlag</h2>
      <p role="status" class="lb-live">{shortResult(evaluation)}</p>

      <nav class="lb-progress not-content" aria-label="Steg i veiviseren">
        <ol>
          {[...steps, null].map((q, i) => {
            const done = q ? isComplete(q, answers) : false;
            const label = q ? q.short : 'Resultat';
            const status = q ? (done ? 'besvart' : answerOf(answers, q.id) ? 'mangler begrunnelse' : 'ikke besvart') : '';
            const reachable = i <= furthest;
            const content = (
              <>
                <span class="lb-progress__mark" aria-hidden="true">{q ? (done ? '✓' : '○') : '■'}</span>
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
        {question ? null : (
          <ResultStep evaluation={evaluation} steps={steps} onEdit={go} />
        )}
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

interface StepProps {
  question: Question;
  answers: Answers;
  evaluation: Evaluation;
  error: string;
  onChoose: (value: string) => void;
  onJustify: (text: string) => void;
}

function QuestionStep({ question: q, answers, evaluation, error, onChoose, onJustify }: StepProps) {
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
      <fieldset class="lb-options" aria-describedby={errorId ? `${helpId} ${errorId}` : helpId}>
        <legend>{q.title}</legend>
        {q.options.map((o) => {
          const id = `lb-${q.id}-${o.id}`;
          return (
            <div class="lb-option" key={o.id}>
              <input
                type="radio"
                id={id}
                name={`lb-${q.id}`}
                value={o.id}
                checked={answer?.value === o.id}
                onChange={() => onChoose(o.id)}
              />
              <label for={id}>{o.label}</label>
            </div>
          );
        })}
      </fieldset>
      <div class="field">
        <label for={`lb-just-${q.id}`}>{q.justificationLabel}</label>
        <textarea
          id={`lb-just-${q.id}`}
          value={draft}
          aria-describedby={errorId}
          aria-invalid={error && answer ? true : undefined}
          aria-required={required ? true : undefined}
          onInput={(e) => {
            const text = (e.currentTarget).value;
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

const CHECK_OPTIONS: { value: NonNullable<BasisCheck>; label: string }[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nei', label: 'Nei' },
  { value: 'usikker', label: 'Usikker' },
];

/** The supplementary legal basis (art. 6 nr. 3): act, section and the two checks, with «ikke avklart» until answered. */
function SupplementaryFields({ basis, onChange }: { basis: SupplementaryBasis; onChange: (patch: Partial<SupplementaryBasis>) => void }) {
  const [act, setAct] = useState(basis.act);
  const [section, setSection] = useState(basis.section);
  const [reasoning, setReasoning] = useState(basis.reasoning);
  const check = checkSupplementary(basis);
  const radios = (key: 'coversPurpose' | 'clearAndForeseeable', legend: string) => (
    <fieldset class="lb-options">
      <legend>{legend}</legend>
      {CHECK_OPTIONS.map((o) => {
        const id = `lb-supp-${key}-${o.value}`;
        return (
          <div class="lb-option" key={o.value}>
            <input type="radio" id={id} name={`lb-supp-${key}`} checked={basis[key] === o.value} onChange={() => onChange({ [key]: o.value })} />
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
  return (
    <div class="lb-supplementary">
      <h4>Det supplerende rettsgrunnlaget (art. 6 nr. 3)</h4>
      <p>
        Skriv loven og paragrafen. Kommuneloven § 4-1 (plikten til å informere aktivt) er en mulig kandidat, men dere må selv vurdere
        om den dekker formålet og er klar nok.
      </p>
      <div class="field">
        <label for="lb-supp-act">Lov (for eksempel kommuneloven)</label>
        <input id="lb-supp-act" value={act} onInput={(e) => { const v = (e.currentTarget).value; setAct(v); onChange({ act: v }); }} />
      </div>
      <div class="field">
        <label for="lb-supp-section">Paragraf (for eksempel § 4-1)</label>
        <input id="lb-supp-section" value={section} onInput={(e) => { const v = (e.currentTarget).value; setSection(v); onChange({ section: v }); }} />
      </div>
      {radios('coversPurpose', 'Dekker bestemmelsen formålet med denne bruken av sosiale medier?')}
      {radios('clearAndForeseeable', 'Er bestemmelsen klar og forutsigbar nok for denne behandlingen?')}
      <div class="field">
        <label for="lb-supp-reasoning">Kommunens vurdering av de to spørsmålene</label>
        <textarea id="lb-supp-reasoning" value={reasoning} onInput={(e) => { const v = (e.currentTarget).value; setReasoning(v); onChange({ reasoning: v }); }} />
      </div>
      <p class={`lb-supp-status lb-supp-status--${check.state}`} role="status">
        <strong>Supplerende rettsgrunnlag:</strong> {check.text}
      </p>
    </div>
  );
}

function ResultStep({ evaluation: e, steps, onEdit }: { evaluation: Evaluation; steps: Question[]; onEdit: (i: number) => void }) {
  return (
    <>
      <div class={`lb-outcome ${e.basis ? 'lb-outcome--basis' : 'lb-outcome--none'}`}>
        <p class="lb-outcome__basis">
          <span aria-hidden="true">{e.basis ? '✓ ' : '✕ '}</span>
          {e.basis ? (
            <>
              Behandlingsgrunnlag: <Source refText={BASIS_REF[e.basis]} />
            </>
          ) : (
            'Ikke noe behandlingsgrunnlag er tilgjengelig ennå'
          )}
        </p>
        {e.marks.length > 0 && (
          <p class="lb-marks">
            <strong>Hvor sikkert:</strong> {e.marks.join(', ')}
          </p>
        )}
        <p>{e.conclusion}</p>
        {e.supplementary.state !== 'ikke-relevant' && (
          <p>
            <strong>Supplerende rettsgrunnlag:</strong> {e.supplementary.text}
          </p>
        )}
        {e.vulnerableGroups && (
          <p>
            <strong>Sårbare grupper:</strong> Kanalen kan nå sårbare grupper. Dette tas med i risikovurderingen.
          </p>
        )}
      </div>

      <h4>Dette må dere fortsatt dokumentere</h4>
      {e.todo.length > 0 ? (
        <ul class="lb-todo">
          {e.todo.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : (
        <p>Alle spørsmålene er besvart og begrunnet der det kreves.</p>
      )}

      <h4>Advarsler og plikter</h4>
      <Warnings warnings={e.warnings} />
      <p>
        <a href={withBase(BASE, 'verktoy/risikovurdering/')}>Gå til risikovurderingen</a> for personvernkonsekvensvurderingen.
      </p>

      <h4>Svarene deres</h4>
      {e.points.length === 0 ? (
        <p>Ingen svar ennå.</p>
      ) : (
        <dl class="lb-points">
          {steps.map((q, i) => {
            const point = e.points.find((p) => p.question === q.title);
            if (!point) return null;
            return (
              <div key={q.id} class="lb-point">
                <dt>{q.title}</dt>
                <dd>
                  {point.answer}
                  {point.justification && <span class="lb-point__why">Begrunnelse: {point.justification}</span>}
                  <button type="button" class="button secondary lb-edit" onClick={() => onEdit(i)}>
                    Endre svaret<span class="sr-only"> på «{q.short}»</span>
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </>
  );
}

