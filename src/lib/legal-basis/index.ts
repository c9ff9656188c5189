/**
 * The legal-basis helper ("behandlingsgrunnlag-veiviser"): questions as data and
 * the pure reasoning over them. The report and exports use `legalBasisReport`.
 */
export { QUESTIONS, QUESTION_BY_ID } from './questions';
export type { Question, SourceRef } from './questions';
export { evaluate, legalBasisReport, sourcePath, withBase } from './engine';
export type { Evaluation } from './engine';
export { visibleQuestions, stepError } from './answers';
export { isComplete, needsJustification, answerOf } from './completion';
export type { Answers } from './completion';
export { checkSupplementary } from './supplementary';
