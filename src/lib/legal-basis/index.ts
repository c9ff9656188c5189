/**
 * The legal-basis helper ("behandlingsgrunnlag-veiviser"): questions as data and
 * the pure reasoning over them. The report and exports use `legalBasisReport`.
 */
export { QUESTIONS, QUESTION_BY_ID } from './questions';
export type { Question, SourceRef } from './questions';
export {
  evaluate,
  legalBasisReport,
  visibleQuestions,
  isComplete,
  needsJustification,
  stepError,
  answerOf,
  sourcePath,
  withBase,
  checkSupplementary,
} from './engine';
export type { Answers, Evaluation } from './engine';
