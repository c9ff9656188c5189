import { describe, expect, it } from 'vitest';
import { addMonths, formatLongDate, formatShortDate, localDate, parseDay } from '../../src/lib/dates';
import { describeProblems, findStale } from '../../src/lib/currency';

describe('datoer', () => {
  it('viser datoer på norsk', () => {
    expect(formatLongDate('2026-01-01')).toBe('1. januar 2026');
    expect(formatLongDate('2025-09-03T10:00:00.000Z')).toBe('3. september 2025');
    expect(formatShortDate('2026-11-30')).toBe('30.11.2026');
    expect(formatShortDate('')).toBe('');
    expect(formatLongDate('ikke en dato')).toBe('ikke en dato');
  });
  it('gir lokal kalenderdato', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
  it('avviser datoer som ikke finnes', () => {
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-2-3')).toBeNull();
    expect(parseDay('2024-02-29')).not.toBeNull();
  });
  it('legger til måneder og holder seg innen måneden', () => {
    expect(addMonths('2025-11-30', 12)).toBe('2026-11-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('tull', 1)).toBeNull();
  });
});

describe('sist kontrollert', () => {
  const today = '2026-11-30';
  it('godtar kontroller inntil tolv måneder gamle', () => {
    expect(
      findStale(
        [
          { where: 'a', checked: '2025-11-30' },
          { where: 'b', checked: today },
        ],
        today,
      ),
    ).toEqual([]);
  });
  it('finner utdaterte, fremtidige og ugyldige datoer', () => {
    const problems = findStale(
      [
        { where: 'gammel', checked: '2025-11-29' },
        { where: 'fremtid', checked: '2026-12-01' },
        { where: 'tull', checked: '30.11.2026' },
      ],
      today,
    );
    expect(problems.map((p) => [p.where, p.reason])).toEqual([
      ['gammel', 'utdatert'],
      ['fremtid', 'fremtidig'],
      ['tull', 'ugyldig'],
    ]);
    const message = describeProblems(problems);
    expect(message).toContain('gammel: sist kontrollert 29.11.2025, mer enn 12 måneder siden');
    expect(message).toContain('fremtid');
  });
});
