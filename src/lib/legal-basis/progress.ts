/**
 * Where the user is in the legal-basis helper: the step they may go on to, and
 * the one-line result read out after each answer. Pure.
 */
import { stepError } from './answers';
import type { Answers } from './completion';
import type { Question } from './questions';
import type { Evaluation } from './engine';

/** The articles of the two bases the helper can point to. */
export const BASIS_REF = { e: 'art. 6 nr. 1 bokstav e', f: 'art. 6 nr. 1 bokstav f' } as const;

/** The result so far, in one line. */
export function shortResult(e: Evaluation): string {
  if (e.basis) return `Foreløpig resultat: svarene peker mot ${BASIS_REF[e.basis]}.`;
  if (e.status === 'stoppet')
    return 'Foreløpig resultat: KS fraråder sosiale medier i dette tjenesteområdet, og det mangler en begrunnelse.';
  return 'Foreløpig resultat: ikke noe behandlingsgrunnlag er tilgjengelig ennå.';
}

/** The index of the first step that cannot be left yet, or the result step when all can. */
export function furthestStep(steps: readonly Question[], answers: Answers): number {
  const blocked = steps.findIndex((q) => stepError(q, answers) !== null);
  return blocked === -1 ? steps.length : blocked;
}
