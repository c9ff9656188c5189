import { describe, expect, it } from 'vitest';
import { computeBacklinks, pagePath } from '../../src/lib/rettskilder/backlinks';

const known = (id: string) =>
  ['gdpr/artikkel-6', 'gdpr/artikkel-26', 'gdpr/artikkel-35', 'lover/arkivlova', 'dommer/c-311-18'].includes(id);

const pages = [
  {
    id: 'veileder/5-behandlingsgrunnlag',
    title: '5 Behandlingsgrunnlag',
    body: [
      "import { Aside } from '@astrojs/starlight/components';",
      '',
      'Alt krever et grunnlag etter art. 6 nr. 1.',
      '',
      '## 5.1 Berettiget interesse',
      '',
      'For å bruke art. 6 nr. 1 bokstav f må tre vilkår være oppfylt. Igjen art. 6.',
      '',
      '### Unntaket for **offentlige** myndigheter',
      '',
      '```text',
      'art. 35 i en kodeblokk teller ikke',
      '```',
      '',
      '## 5.3 Andre regler',
      '',
      '- **Arkivloven.** Alle har arkivplikt. Se `art. 26` (kode teller ikke).',
      '',
      '## 5.1 Berettiget interesse',
      '',
      'Samme overskrift to ganger: art. 35.',
    ].join('\n'),
  },
  {
    id: 'index',
    title: 'SoMe-veilederen',
    body: 'Les om [felles ansvar](/gdpr/artikkel-26/) og C-311/18 før overskriftene.\n\n## Art. 26 i overskrift\n\nTekst.',
  },
];

describe('computeBacklinks', () => {
  const links = computeBacklinks(pages, known);

  it('lists each page section once, with the nearest preceding heading and its anchor', () => {
    expect(links.get('gdpr/artikkel-6')).toEqual([
      { pageId: 'veileder/5-behandlingsgrunnlag', pageTitle: '5 Behandlingsgrunnlag', href: '/veileder/5-behandlingsgrunnlag/' },
      {
        pageId: 'veileder/5-behandlingsgrunnlag',
        pageTitle: '5 Behandlingsgrunnlag',
        section: '5.1 Berettiget interesse',
        href: '/veileder/5-behandlingsgrunnlag/#51-berettiget-interesse',
      },
    ]);
  });

  it('finds law names and gives the section anchor', () => {
    expect(links.get('lover/arkivlova')?.map((l) => l.href)).toEqual(['/veileder/5-behandlingsgrunnlag/#53-andre-regler']);
  });

  it('ignores code blocks and inline code', () => {
    expect(links.get('gdpr/artikkel-35')?.map((l) => l.href)).toEqual([
      // the second "5.1 Berettiget interesse" heading gets "-1", as on the rendered page
      '/veileder/5-behandlingsgrunnlag/#51-berettiget-interesse-1',
    ]);
  });

  it('counts explicit links to a register page and headings that cite, and uses "/" for the start page', () => {
    expect(links.get('gdpr/artikkel-26')).toEqual([
      { pageId: 'index', pageTitle: 'SoMe-veilederen', href: '/' },
      { pageId: 'index', pageTitle: 'SoMe-veilederen', section: 'Art. 26 i overskrift', href: '/#art-26-i-overskrift' },
    ]);
    expect(links.get('dommer/c-311-18')?.map((l) => l.href)).toEqual(['/']);
  });

  it('uses an explicit {#id} anchor (glossary terms are anchored by their id)', () => {
    const g = computeBacklinks(
      [{ id: 'oppslag/ordliste', title: 'Ordliste', body: '## Ordning etter art. 26 {#ordning}\n\nDefinisjon med art. 35 nr. 2.' }],
      known,
    );
    expect(g.get('gdpr/artikkel-35')).toEqual([
      { pageId: 'oppslag/ordliste', pageTitle: 'Ordliste', section: 'Ordning etter art. 26', href: '/oppslag/ordliste/#ordning' },
    ]);
    expect(g.get('gdpr/artikkel-26')?.[0]?.href).toBe('/oppslag/ordliste/#ordning');
  });

  it('leaves out sources the register does not have', () => {
    const only = computeBacklinks([{ id: 'a', title: 'A', body: 'art. 3 og art. 35' }], (id) => id === 'gdpr/artikkel-35');
    expect([...only.keys()]).toEqual(['gdpr/artikkel-35']);
  });

  it('gives an empty map for pages without references', () => {
    expect(computeBacklinks([{ id: 'a', title: 'A', body: 'Ingen henvisninger.\n\n## 2016' }], known).size).toBe(0);
  });
});

describe('pagePath', () => {
  it.each([
    ['index', '/'],
    ['verktoy/index', '/verktoy/'],
    ['veileder/7-risiko', '/veileder/7-risiko/'],
  ])('%s -> %s', (id, path) => expect(pagePath(id)).toBe(path));
});
