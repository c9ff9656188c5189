import { describe, it, expect } from 'vitest';
import { fixSearchButtonName } from '../../src/lib/html-fixes';

const stock =
  '<header><button data-open-modal disabled aria-label="Søk" aria-keyshortcuts="Control+K" class="a">' +
  '<svg aria-hidden="true"></svg><span aria-hidden="true">Søk</span>' +
  '<kbd class="b" style="display: none;"><kbd class="b">Ctrl</kbd><kbd class="b">K</kbd></kbd></button></header>';

describe('fixSearchButtonName', () => {
  it('gir søkeknappen et navn som inneholder all synlig tekst', () => {
    const fixed = fixSearchButtonName(stock, 'Søk', 'Ctrl');
    expect(fixed).toContain('aria-label="Søk Ctrl K" aria-keyshortcuts="Control+K" class="a"');
    expect(fixed).toContain(
      '<span aria-hidden="true">Søk</span> <kbd class="b" style="display: none;"><kbd class="b">Ctrl</kbd> <kbd class="b">K</kbd>',
    );
  });
  it('lar annen HTML være i fred', () => {
    const other = '<button aria-label="Søk">Søk</button>';
    expect(fixSearchButtonName(other, 'Søk', 'Ctrl')).toBe(other);
  });
  it('endrer ikke en knapp som allerede har et annet navn', () => {
    const renamed = stock.replace('aria-label="Søk"', 'aria-label="Finn"');
    expect(fixSearchButtonName(renamed, 'Søk', 'Ctrl')).toBe(renamed);
  });
});
