import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/plugins/rettskilder-data';
import { buildRegister, formatDate, paragraphs } from '../../src/lib/rettskilder/register';
import { REGISTER_IDS } from '../../src/lib/rettskilder/ids';
import { articleHref, registerEntry } from '../../src/lib/rettskilder/href';

const entries = loadRegister();

describe('the register data (content/rettskilder/)', () => {
  it('has every entry the issue asks for', () => {
    const ids = entries.map((e) => e.id);
    for (const n of [4, 5, 6, 9, 12, 13, 14, 21, 24, 26, 28, 32, 35, 36, 44, 45, 46, 49]) {
      expect(ids).toContain(`gdpr/artikkel-${n}`);
    }
    for (const law of ['personopplysningsloven', 'arkivlova', 'offentleglova', 'forvaltningsloven', 'kommuneloven']) {
      expect(ids).toContain(`lover/${law}`);
    }
    for (const c of ['c-210-16', 'c-40-17', 'c-311-18']) expect(ids).toContain(`dommer/${c}`);
  });

  it('agrees with REGISTER_IDS, which the browser helpers use', () => {
    expect([...entries.map((e) => e.id)].sort()).toEqual([...REGISTER_IDS].sort());
  });

  it('uses the official Norwegian article titles', () => {
    const title = (id: string) => entries.find((e) => e.id === id)?.title;
    expect(title('gdpr/artikkel-35')).toBe('Vurdering av personvernkonsekvenser');
    expect(title('gdpr/artikkel-36')).toBe('Forhåndsdrøftinger');
    expect(title('gdpr/artikkel-26')).toBe('Felles behandlingsansvarlige');
    expect(title('gdpr/artikkel-6')).toBe('Behandlingens lovlighet');
  });

  it('gives the case dates from the facts', () => {
    const date = (id: string) => entries.find((e) => e.id === id)?.date;
    expect(date('dommer/c-210-16')).toBe('2018-06-05');
    expect(date('dommer/c-40-17')).toBe('2019-07-29');
    expect(date('dommer/c-311-18')).toBe('2020-07-16');
  });

  it('cites no section numbers of the laws re-enacted in 2025', () => {
    for (const id of ['lover/arkivlova', 'lover/forvaltningsloven']) {
      const e = entries.find((x) => x.id === id)!;
      expect(`${e.summary} ${e.forMunicipality}`).not.toMatch(/§/);
      expect(e.summary).toMatch(/Lovdata/);
    }
  });

  it('gives every entry a summary, a municipal meaning, aliases and a page path', () => {
    for (const e of entries) {
      expect(e.summary.length).toBeGreaterThan(80);
      expect(e.forMunicipality.length).toBeGreaterThan(80);
      expect(e.aliases.length).toBeGreaterThan(0);
      expect(e.path).toBe(`/${e.id}/`);
    }
  });
});

describe('buildRegister', () => {
  it('rejects bad data with a Norwegian message', () => {
    expect(() => buildRegister({ gdpr: [{ nummer: 300, tittel: 'X' }], lover: [], dommer: [] })).toThrow(/artikkelnummer/);
    expect(() => buildRegister({ gdpr: [{ nummer: 5 }], lover: [], dommer: [] })).toThrow(/«tittel» mangler/);
    expect(() => buildRegister({ gdpr: 'x', lover: [], dommer: [] })).toThrow(/liste/);
    expect(() =>
      buildRegister({ gdpr: [], lover: [], dommer: [{ nummer: 'C-1/20', slug: 'c-2-20', navn: 'A', tittel: 'B', dato: '2020-01-01', sammendrag: 'x', kommunen: 'y' }] }),
    ).toThrow(/slug/);
  });
  it('rejects duplicates', () => {
    const art = { nummer: 5, tittel: 'A', sammendrag: 'x', kommunen: 'y' };
    expect(() => buildRegister({ gdpr: [art, art], lover: [], dommer: [] })).toThrow(/to ganger/);
  });
});

describe('helpers', () => {
  it('formats dates in Norwegian', () => {
    expect(formatDate('2020-07-16')).toBe('16. juli 2020');
  });
  it('splits paragraphs on blank lines', () => {
    expect(paragraphs('a\nb\n\nc')).toEqual(['a b', 'c']);
  });
  it('articleHref and registerEntry give links with the base path, only for entries that exist', () => {
    expect(articleHref(35, '/personvern/some/')).toBe('/personvern/some/gdpr/artikkel-35/');
    expect(articleHref('art. 6 nr. 1 bokstav f', '/personvern/some')).toBe('/personvern/some/gdpr/artikkel-6/');
    expect(articleHref('C-311/18', '/')).toBe('/dommer/c-311-18/');
    expect(articleHref('35')).toBe('/gdpr/artikkel-35/');
    expect(articleHref(3)).toBeUndefined();
    expect(articleHref('kapittel 6')).toBeUndefined();
    expect(registerEntry('lover/arkivlova', '/x/')).toEqual({ id: 'lover/arkivlova', href: '/x/lover/arkivlova/' });
    expect(registerEntry('/gdpr/artikkel-35/')?.href).toBe('/gdpr/artikkel-35/');
    expect(registerEntry('gdpr/artikkel-3')).toBeUndefined();
  });
});
