/**
 * Reading the answers of the legal-basis helper with the questions' wording: the
 * questions shown, why a step may not be left yet, and the reader evaluate() uses.
 * Whether an answer is complete is decided in completion.ts (no wording). Pure.
 */
import { QUESTIONS, QUESTION_BY_ID, type Question } from './questions';
import { answerOf, blank, isVisible, justificationOk, type Answers } from './completion';

/** The questions shown for these answers, in order. */
export function visibleQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => isVisible(q, answers));
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
