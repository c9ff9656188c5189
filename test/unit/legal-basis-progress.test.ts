import { describe, it, expect } from 'vitest';
import { evaluate, visibleQuestions, QUESTIONS } from '../../src/lib/legal-basis';
import { furthestStep, shortResult } from '../../src/lib/legal-basis/progress';

describe('hvor brukeren er i veiviseren', () => {
  it('går til første steg som mangler svar, og til resultatet når alle kan forlates', () => {
    expect(furthestStep(visibleQuestions({}), {})).toBe(0);
    const first = QUESTIONS[0];
    const answers = {
      [first.id]: { value: first.options.find((o) => !(first.justificationRequiredFor ?? []).includes(o.id))!.id, justification: '' },
    };
    expect(furthestStep(visibleQuestions(answers), answers)).toBe(1);
    expect(furthestStep([], {})).toBe(0);
  });

  it('sier det foreløpige resultatet på én linje', () => {
    expect(shortResult(evaluate({ answers: {} }))).toBe('Foreløpig resultat: ikke noe behandlingsgrunnlag er tilgjengelig ennå.');
    expect(shortResult(evaluate({ answers: { tjenesteomrade: { value: 'ja', justification: '' } } }))).toBe(
      'Foreløpig resultat: KS fraråder sosiale medier i dette tjenesteområdet, og det mangler en begrunnelse.',
    );
    expect(shortResult({ ...evaluate({ answers: {} }), basis: 'f' })).toBe('Foreløpig resultat: svarene peker mot art. 6 nr. 1 bokstav f.');
  });
});
