import { describe, it, expect } from 'vitest';
import { tableLabel, wrapTablesForScrolling } from '../../src/lib/table-scroll';

const page = (main: string) =>
  `<html><body><header><table><tr><td>x</td></tr></table></header><main>${main}</main><footer></footer></body></html>`;

describe('wrapTablesForScrolling', () => {
  it('legger hver tabell i hovedinnholdet i et fokuserbart område med navn fra tabelltittelen', () => {
    const table = '<table><caption>Risiko <em>per</em> mål</caption><tr><td>a</td></tr></table>';
    const out = wrapTablesForScrolling(page(`<p>før</p>${table}<p>etter</p>`));
    expect(out).toContain(
      `<main><p>før</p><div class="table-scroll" role="region" tabindex="0" aria-label="Tabell: Risiko per mål">${table}</div><p>etter</p></main>`,
    );
  });
  it('gir tabeller uten tittel navnet «Tabell», og pakker inn flere tabeller hver for seg', () => {
    const out = wrapTablesForScrolling(page('<table class="x"><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>'));
    expect(out.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="Tabell">/g)).toHaveLength(2);
  });
  it('lar tabeller utenfor <main>, sider uten <main> og allerede innpakkede tabeller være', () => {
    const out = wrapTablesForScrolling(page('<p>ingen tabell</p>'));
    expect(out).toBe(page('<p>ingen tabell</p>'));
    expect(wrapTablesForScrolling('<table></table>')).toBe('<table></table>');
    const wrapped = page(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabell"><table><tr><td>1</td></tr></table></div>',
    );
    expect(wrapTablesForScrolling(wrapped)).toBe(wrapped);
  });
});

describe('tableLabel', () => {
  it('bruker tittelens tekst uten tagger, og kan ikke bryte ut av attributtet', () => {
    expect(tableLabel('<table><caption>\n  Tiltak  og "risiko"\n</caption></table>')).toBe('Tabell: Tiltak og &quot;risiko&quot;');
    expect(tableLabel('<table><caption></caption></table>')).toBe('Tabell');
  });
});
