/**
 * Reading the answers of the legal-basis helper: which questions are shown,
 * whether an answer is complete, and why a step may not be left yet. Pure.
 */
import type { LegalBasisSection } from '../model/schema';
import { QUESTIONS, QUESTION_BY_ID, type Question } from './questions';

export type Answers = LegalBasisSection['answers'];
export type Answer = Answers[string];

export const blank = (s: string | undefined) => !s || s.trim() === '';

/** The answer to a question, or undefined when none is given or the value is not one of its options. */
export function answerOf(answers: Answers, questionId: string): Answer | undefined {
  const q = QUESTION_BY_ID.get(questionId);
  const a = answers[questionId];
  if (!q || !a || !q.options.some((o) => o.id === a.value)) return undefined;
  return a;
}

export const valueOf = (answers: Answers, questionId: string) => answerOf(answers, questionId)?.value;

/** Whether the question is shown for these answers. */
export function isVisible(q: Question, answers: Answers): boolean {
  const holds = (c: { q: string; in: string[] }) => {
    const value = valueOf(answers, c.q);
    return value !== undefined && c.in.includes(value);
  };
  return (q.when ?? []).every(holds) && (!q.whenAny || q.whenAny.some((group) => group.every(holds)));
}

/**
 * Whether a written justification says something: at least five words. A bare
 * «ja», «ok» or «se over» does not count where the question asks for a real
 * assessment (the balancing test for children, why communication is not a task).
 */
function isSubstantive(text: string | undefined): boolean {
  return (text ?? '').split(/[^\p{L}\p{N}§-]+/u).filter((w) => w.length > 0).length >= 5;
}

/** Whether the written justification is enough for the chosen option. */
export function justificationOk(q: Question, a: Answer): boolean {
  if (!needsJustification(q, a.value)) return true;
  return (q.substantiveFor ?? []).includes(a.value) ? isSubstantive(a.justification) : !blank(a.justification);
}

/** The questions shown for these answers, in order. */
export function visibleQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => isVisible(q, answers));
}

/** Whether the chosen option needs a written justification for the answer to count. */
export function needsJustification(q: Question, value: string | undefined): boolean {
  return value !== undefined && (q.justificationRequiredFor ?? []).includes(value);
}

/** Answered, and justified where the chosen option requires it. */
export function isComplete(q: Question, answers: Answers): boolean {
  const a = answerOf(answers, q.id);
  return a !== undefined && justificationOk(q, a);
}

/**
 * Why the user cannot leave this step yet, or null when they can. A step needs
 * an answer; a blocking step also needs its required justification.
 */
export function stepError(q: Question, answers: Answers): string | null {
  const a = answerOf(answers, q.id);
  if (!a) return 'Velg ett av svarene før dere går videre.';
  if (q.blocking && !justificationOk(q, a)) return q.blocking;
  return null;
}

/** The label of the chosen option. */
export function optionLabel(q: Question, value: string): string {
  return q.options.find((o) => o.id === value)?.label ?? '';
}

/** The answers as evaluate() reads them: only answers to questions that are shown count. */
export function answerReader(answers: Answers) {
  const visible = visibleQuestions(answers);
  const get = (id: string) => (visible.some((q) => q.id === id) ? answerOf(answers, id) : undefined);
  return {
    answers,
    visible,
    get,
    val: (id: string) => get(id)?.value,
    justified: (id: string) => !blank(get(id)?.justification),
    q: (id: string) => QUESTION_BY_ID.get(id)!,
  };
}
export type AnswerReader = ReturnType<typeof answerReader>;
