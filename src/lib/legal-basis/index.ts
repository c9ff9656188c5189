/**
 * The legal-basis helper ("behandlingsgrunnlag-veiviser"): questions as data and
 * the pure reasoning over them. The report and exports use `legalBasisReport`.
 */
export { QUESTIONS, QUESTION_BY_ID } from './questions';
export type { Question, Option, Condition, SourceRef } from './questions';
export {
  evaluate,
  legalBasisReport,
  visibleQuestions,
  isVisible,
  isComplete,
  needsJustification,
  stepError,
  answerOf,
  optionLabel,
  sourcePath,
  withBase,
  checkSupplementary,
  isSubstantive,
} from './engine';
export type { Basis, Answers, Answer, Warning, Status, Evaluation, LegalBasisReport, Mark, SupplementaryCheck } from './engine';
export { recogniseProvision } from './provision';
