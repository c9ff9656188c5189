import { describe, it, expect } from 'vitest';
import { formatBytes } from '../../src/lib/workspace/file-size';

/** A no-break space: formatBytes puts one before the unit. */
const NB = '\u00a0';

describe('formatBytes', () => {
  it('skriver tallene på norsk, som toLocaleString("nb-NO") gjør, med hardt mellomrom før enheten', () => {
    const samples = [0, 512, 1024, 1500, 999 * 1024, 1_048_575, 1024 * 1024, 10 * 1024 * 1024, 10.55 * 1024 * 1024, 1234.5 * 1024 * 1024];
    for (const bytes of samples) {
      const mb = bytes / (1024 * 1024);
      const expected =
        bytes >= 1024 * 1024
          ? `${mb.toLocaleString('nb-NO', { maximumFractionDigits: 1 })}${NB}MB`
          : bytes >= 1024
            ? `${Math.ceil(bytes / 1024).toLocaleString('nb-NO')}${NB}kB`
            : `${bytes}${NB}byte`;
      expect(formatBytes(bytes), `${bytes} byte`).toBe(expected);
    }
  });

  it('gir desimalkomma og mellomrom mellom tusener', () => {
    expect(formatBytes(10.5 * 1024 * 1024)).toBe(`10,5${NB}MB`);
    expect(formatBytes(1200 * 1024 * 1024)).toBe(`1${NB}200${NB}MB`);
    expect(formatBytes(10 * 1024 * 1024)).toBe(`10${NB}MB`);
  });
});
