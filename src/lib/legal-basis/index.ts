/**
 * The legal-basis helper ("behandlingsgrunnlag-veiviser"): questions as data and
 * the pure reasoning over them. The report and exports use `legalBasisReport`.
 */
export { QUESTIONS, QUESTION_BY_ID } from './questions';
export type { Question, SourceRef } from './questions';
export { evaluate, legalBasisReport, sourcePath, withBase } from './engine';
export type { Evaluation, LegalBasisReport } from './engine';
export { visibleQuestions, isVisible, isComplete, needsJustification, stepError, answerOf, optionLabel, isSubstantive } from './answers';
export type { Answers, Answer } from './answers';
export { checkSupplementary } from './supplementary';
export type { SupplementaryCheck } from './supplementary';
export type { Basis, Status } from './basis';
export type { Warning, Mark } from './warnings';
export { recogniseProvision } from './provision';
