/**
 * Whether the answers of the legal-basis helper are complete: which questions are
 * shown and whether each answer counts. Reads only the questions' structure
 * (question-rules.ts), not their wording, so the assessment path can tell the
 * step's state without loading the helper's texts. Pure.
 */
import type { LegalBasisSection } from '../model/schema';
import { RULES, RULE_BY_ID, type QuestionRule } from './question-rules';

export type Answers = LegalBasisSection['answers'];
export type Answer = Answers[string];

export const blank = (s: string | undefined) => !s || s.trim() === '';

/** The answer to a question, or undefined when none is given or the value is not one of its options. */
export function answerOf(answers: Answers, questionId: string): Answer | undefined {
  const q = RULE_BY_ID.get(questionId);
  const a = answers[questionId];
  if (!q || !a || !q.optionIds.includes(a.value)) return undefined;
  return a;
}

export const valueOf = (answers: Answers, questionId: string) => answerOf(answers, questionId)?.value;

/** Whether the question is shown for these answers. */
export function isVisible(q: QuestionRule, answers: Answers): boolean {
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

/** Whether the chosen option needs a written justification for the answer to count. */
export function needsJustification(q: QuestionRule, value: string | undefined): boolean {
  return value !== undefined && (q.justificationRequiredFor ?? []).includes(value);
}

/** Whether the written justification is enough for the chosen option. */
export function justificationOk(q: QuestionRule, a: Answer): boolean {
  if (!needsJustification(q, a.value)) return true;
  return (q.substantiveFor ?? []).includes(a.value) ? isSubstantive(a.justification) : !blank(a.justification);
}

/** Answered, and justified where the chosen option requires it. */
export function isComplete(q: QuestionRule, answers: Answers): boolean {
  const a = answerOf(answers, q.id);
  return a !== undefined && justificationOk(q, a);
}

/** Every question shown for these answers is answered (and justified where it must be); false when none is shown. */
export function allAnswered(answers: Answers): boolean {
  const visible = RULES.filter((q) => isVisible(q, answers));
  return visible.length > 0 && visible.every((q) => isComplete(q, answers));
}
