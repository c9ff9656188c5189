import { describe, it, expect } from 'vitest';
import { stringContaining } from '../support/matchers';
import { recogniseProvision } from '../../src/lib/legal-basis/provision';

describe('gjenkjenning av en lovbestemmelse (supplerende rettsgrunnlag)', () => {
  it.each([
    ['vet ikke'],
    [''],
    ['   '],
    ['kommuneloven'],
    ['§ 4-1'],
    ['paragraf 4-1'],
    ['informasjonsplikten'],
    ['ja'],
    ['loven'],
    ['art. 6 nr. 1 bokstav e'],
  ])('avviser «%s»', (text) => {
    const r = recogniseProvision(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/lov|paragraf/);
  });

  it.each([
    ['kommuneloven § 4-1', 'kommuneloven', '§ 4-1'],
    ['lov om kommuner og fylkeskommuner § 4-1', 'lov om kommuner og fylkeskommuner', '§ 4-1'],
    ['Kommuneloven §4-1', 'Kommuneloven', '§ 4-1'],
    ['opplæringslova § 13-1', 'opplæringslova', '§ 13-1'],
    ['LOV-2018-06-22-83 § 4-1', 'LOV-2018-06-22-83', '§ 4-1'],
    ['kulturlova § 4', 'kulturlova', '§ 4'],
    ['folkehelseloven paragraf 7', 'folkehelseloven', '§ 7'],
  ])('godtar «%s»', (text, act, section) => {
    expect(recogniseProvision(text)).toEqual({ ok: true, act, section });
  });

  it('sier hva som mangler', () => {
    expect(recogniseProvision('kommuneloven')).toEqual({ ok: false, reason: stringContaining('paragraf') });
    expect(recogniseProvision('§ 4-1')).toEqual({ ok: false, reason: stringContaining('hvilken lov') });
  });
});
