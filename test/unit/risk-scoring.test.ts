import { describe, it, expect } from 'vitest';
import { riskScore, bandOf, bandLabel, BANDS } from '../../src/lib/risk/scoring';

describe('risikoberegning', () => {
  it.each([
    [1, 1, 1, 'lav'],
    [2, 2, 4, 'lav'],
    [1, 4, 4, 'lav'],
    [5, 1, 5, 'middels'],
    [3, 3, 9, 'middels'],
    [2, 5, 10, 'hoy'],
    [4, 4, 16, 'hoy'],
    [5, 5, 25, 'hoy'],
  ] as const)('%i × %i = %i gir %s', (l, c, score, band) => {
    expect(riskScore(l, c)).toBe(score);
    expect(bandOf(score)).toBe(band);
  });
  it('gir ingen verdi før både sannsynlighet og konsekvens er vurdert', () => {
    expect(riskScore(null, 3)).toBeNull();
    expect(riskScore(3, null)).toBeNull();
    expect(bandOf(null)).toBeNull();
    expect(bandLabel(null)).toBe('Ikke vurdert');
  });
  it('dekker 1–25 uten hull og overlapp', () => {
    const covered = BANDS.flatMap((b) => Array.from({ length: b.max - b.min + 1 }, (_, i) => b.min + i));
    expect(covered).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
  it('avviser verdier utenfor skalaen', () => {
    expect(() => bandOf(26)).toThrow(RangeError);
    expect(() => bandOf(0)).toThrow(RangeError);
  });
});
