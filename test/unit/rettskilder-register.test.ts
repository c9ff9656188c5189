import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegister, loadStructure, readRawRegister } from '../../src/plugins/rettskilder-data';
import {
  assertCurrent,
  buildRegister,
  formatDate,
  gdprSources,
  missingArticles,
  paragraphs,
  RELEVANT_ARTICLES,
  statusLabel,
  type RawRegister,
} from '../../src/lib/rettskilder/register';
import { parseStructure } from '../../src/lib/rettskilder/structure';
import { addMonths } from '../../src/lib/dates';
import { REGISTER_IDS } from '../../src/lib/rettskilder/ids';
import { articleHref, registerEntry } from '../../src/lib/rettskilder/href';

const entries = loadRegister();
const structure = loadStructure();
const TODAY = '2026-11-30';

/** A valid article in the agreed format, to vary in the tests below. */
function article(n: number, extra: Record<string, unknown> = {}) {
  const relevant = RELEVANT_ARTICLES.includes(n);
  return {
    nummer: n,
    tittel: structure.headings.get(n),
    kortFortalt: 'Kort.',
    ...(relevant ? { sammendrag: 'Mer.', kommunen: 'For kommunen.' } : {}),
    relevantForKommunen: relevant,
    status: 'i-kraft',
    sistKontrollert: TODAY,
    ...extra,
  };
}
const raw = (gdpr: unknown[], rest: Partial<RawRegister> = {}): RawRegister => ({ gdpr: { gdpr }, lover: [], dommer: [], ...rest });

describe('the headings file (content/rettskilder/gdpr-overskrifter.tsv)', () => {
  it('has 11 chapters and 99 articles, each article in one chapter', () => {
    expect(structure.chapters.map((c) => c.roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI']);
    expect(structure.headings.size).toBe(99);
    expect(structure.chapters.flatMap((c) => c.articles)).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    expect(structure.chapterOf.get(17)?.roman).toBe('III');
    expect(structure.sectionOf.get(17)?.id).toBe('III.3');
    expect(structure.chapterOf.get(50)?.roman).toBe('V');
    expect(structure.sectionOf.get(50)).toBeUndefined();
    expect(structure.chapters[3].sections.map((s) => s.id)).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5']);
  });

  it('is the same as the shared file /work/shared/gdpr-headings.tsv, when that file is there', () => {
    const shared = '/work/shared/gdpr-headings.tsv';
    if (!existsSync(shared)) return;
    expect(readFileSync('content/rettskilder/gdpr-overskrifter.tsv', 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('rejects a file with articles out of order', () => {
    const tsv = readFileSync('content/rettskilder/gdpr-overskrifter.tsv', 'utf8').replace('artikkel\t2\t', 'artikkel\t3\t');
    expect(() => parseStructure(tsv)).toThrow(/feil rekkefølge/);
  });
});

describe('the register data (content/rettskilder/)', () => {
  it('has all 99 articles (gdpr.yaml 1–43 and gdpr-44-99.yaml 44–99 merged)', () => {
    expect(missingArticles(entries)).toEqual([]);
    expect(entries.filter((e) => e.kind === 'gdpr' && e.file === 'gdpr.yaml').map((e) => e.article)).toEqual(
      Array.from({ length: 43 }, (_, i) => i + 1),
    );
  });

  it('uses the official heading of every article present, character for character', () => {
    for (const e of entries.filter((x) => x.kind === 'gdpr')) {
      expect(e.title, e.id).toBe(structure.headings.get(e.article!));
      expect(e.chapter, e.id).toBe(structure.chapterOf.get(e.article!)?.roman);
    }
  });

  it('has articles 44–99 from gdpr-44-99.yaml, with the corrected headings of 44–46', () => {
    const mine = entries.filter((e) => e.file === 'gdpr-44-99.yaml').map((e) => e.article);
    expect(mine).toEqual(Array.from({ length: 56 }, (_, i) => i + 44));
    const title = (n: number) => entries.find((e) => e.article === n)?.title;
    expect(title(44)).toBe('Generelt prinsipp for overføring');
    expect(title(45)).toBe('Overføringer på grunnlag av en beslutning om tilstrekkelig beskyttelsesnivå');
    expect(title(46)).toBe('Overføringer som omfattes av nødvendige garantier');
  });

  it('gives the relevant articles a fuller summary and «for kommunen», and short briefs everywhere', () => {
    for (const e of entries.filter((x) => x.kind === 'gdpr')) {
      expect(e.relevant, e.id).toBe(RELEVANT_ARTICLES.includes(e.article!));
      if (e.relevant) {
        expect(e.summary, e.id).toBeTruthy();
        expect(e.forMunicipality, e.id).toBeTruthy();
      }
      const sentences = e.brief.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«])/).length;
      expect(sentences, `${e.id}: ${e.brief}`).toBeLessThanOrEqual(3);
    }
  });

  it('agrees with REGISTER_IDS, which the browser helpers use', () => {
    for (const e of entries) expect(REGISTER_IDS, e.id).toContain(e.id);
    const nonArticles = REGISTER_IDS.filter((id) => !id.startsWith('gdpr/'));
    expect(nonArticles.sort()).toEqual(
      entries
        .filter((e) => e.kind !== 'gdpr')
        .map((e) => e.id)
        .sort(),
    );
  });

  it('has the laws and decisions the issue asks for, each with status, date and an official link', () => {
    const ids = entries.map((e) => e.id);
    for (const law of ['personopplysningsloven', 'arkivlova', 'offentleglova', 'forvaltningsloven', 'kommuneloven', 'andsverkloven']) {
      expect(ids).toContain(`lover/${law}`);
    }
    for (const c of ['c-210-16', 'c-40-17', 'c-311-18', 'c-252-21', 't-553-23', 'datatilsynet-meta-2023', 'edpb-01-2023']) {
      expect(ids).toContain(`dommer/${c}`);
    }
    for (const e of entries.filter((x) => x.kind !== 'gdpr')) {
      expect(e.summary!.length, e.id).toBeGreaterThan(80);
      expect(e.forMunicipality!.length, e.id).toBeGreaterThan(80);
      expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources)
        expect(s.href).toMatch(/^https:\/\/(lovdata\.no|curia\.europa\.eu|www\.datatilsynet\.no|edpb\.europa\.eu)\//);
    }
  });

  it('gives the case dates and numbers from the checked facts', () => {
    const date = (id: string) => entries.find((e) => e.id === id)?.date;
    expect(date('dommer/c-210-16')).toBe('2018-06-05');
    expect(date('dommer/c-40-17')).toBe('2019-07-29');
    expect(date('dommer/c-311-18')).toBe('2020-07-16');
    expect(date('dommer/c-252-21')).toBe('2023-07-04');
    expect(date('dommer/t-553-23')).toBe('2025-09-03');
    expect(date('dommer/edpb-01-2023')).toBe('2023-10-27');
    expect(entries.find((e) => e.id === 'dommer/t-553-23')?.note).toMatch(/[Aa]nke/);
    expect(entries.find((e) => e.id === 'dommer/t-553-23')?.court).toBe('Retten');
  });

  it('titles arkivlova after the 2026 act and cites no section numbers of the acts of 2025', () => {
    const arkiv = entries.find((e) => e.id === 'lover/arkivlova')!;
    expect(arkiv.title).toBe('Lov om dokumentasjon og arkiv');
    expect(`${arkiv.brief} ${arkiv.summary}`).toMatch(/1\. januar 2026/);
    expect(arkiv.summary).toMatch(/Nasjonalarkivet/);
    expect(arkiv.sources[0].href).toBe('https://lovdata.no/dokument/NL/lov/2025-06-20-96');
    expect(`${arkiv.brief} ${arkiv.summary} ${arkiv.forMunicipality}`).not.toMatch(/§/);
    const forvaltning = entries.find((e) => e.id === 'lover/forvaltningsloven')!;
    // § 13 is the 1967 act's; the new act is named without sections, and its date in force is said to be unconfirmed, with the date checked.
    expect(forvaltning.summary).toMatch(/ikke bekreftet når den nye loven trer i kraft/);
    expect(forvaltning.summary).toMatch(/30\. november 2026/);
    expect(forvaltning.summary!.split('ny forvaltningslov')[1] ?? '').not.toMatch(/§/);
  });

  it('says «Retten», not «EU-retten», for the General Court', () => {
    for (const e of entries) {
      expect(`${e.brief} ${e.summary ?? ''} ${e.forMunicipality ?? ''}`, e.id).not.toMatch(/EU-retten avviste/);
    }
  });
});

describe('buildRegister', () => {
  it('accepts a valid article and links it to Lovdata and EUR-Lex', () => {
    const [e] = buildRegister(raw([article(17)]), structure);
    expect(e.heading).toBe('Art. 17 Rett til sletting («rett til å bli glemt»)');
    expect(e.sources).toEqual(gdprSources(17));
    expect(e.sources[0].href).toBe('https://lovdata.no/dokument/NL/lov/2018-06-15-38/gdpr/ARTIKKEL_17');
    expect(e.sources[1].href).toContain('CELEX:32016R0679');
  });

  it.each([
    ['a number outside 1–99', article(5, { nummer: 300 }), /artikkelnummer/],
    ['a missing heading', article(5, { tittel: undefined }), /«tittel» mangler/],
    [
      'a heading that is not the official one',
      article(44, { tittel: 'Generelt prinsipp for overføringer' }),
      /offisielle overskriften «Generelt prinsipp for overføring»/,
    ],
    ['a missing kortFortalt', article(50, { kortFortalt: undefined }), /«kortFortalt» mangler/],
    ['an unknown status', article(50, { status: 'gjeldende' }), /«status» må være i-kraft, vedtatt-ikke-i-kraft, opphevet/],
    ['a missing status', article(50, { status: undefined }), /«status»/],
    ['an invalid date', article(50, { sistKontrollert: '2026-02-30' }), /«sistKontrollert» må være en gyldig dato/],
    ['a wrong relevantForKommunen', article(50, { relevantForKommunen: true }), /«relevantForKommunen» må være false/],
    ['a relevant article without «kommunen»', article(17, { kommunen: undefined }), /både «sammendrag» og «kommunen»/],
    ['a misspelt field', article(50, { relatert: [1] }), /ukjent felt «relatert»/],
    ['a related article out of range', article(50, { relaterte: [100] }), /«relaterte»/],
  ])('rejects %s with a Norwegian message', (_what, item, message) => {
    expect(() => buildRegister(raw([item]), structure)).toThrow(message);
  });

  it('rejects a list that is not a list, and duplicates across the two files', () => {
    expect(() => buildRegister({ gdpr: { gdpr: 'x' }, lover: [], dommer: [] }, structure)).toThrow(/liste/);
    expect(() => buildRegister({ gdpr: { gdpr: [article(50)], 'gdpr-44-99': [article(50)] }, lover: [], dommer: [] }, structure)).toThrow(
      /to ganger/,
    );
  });

  it('checks case numbers against the court', () => {
    const base = {
      navn: 'A',
      tittel: 'B',
      dato: '2020-01-01',
      kortFortalt: 'k',
      sammendrag: 's',
      kommunen: 'k',
      status: 'i-kraft',
      sistKontrollert: TODAY,
      kilder: [{ navn: 'CURIA', url: 'https://curia.europa.eu/' }],
    };
    expect(() =>
      buildRegister(raw([], { dommer: [{ ...base, nummer: 'C-1/20', slug: 'c-2-20', instans: 'EU-domstolen' }] }), structure),
    ).toThrow(/slug/);
    expect(() => buildRegister(raw([], { dommer: [{ ...base, nummer: 'C-1/20', slug: 'c-1-20', instans: 'Retten' }] }), structure)).toThrow(
      /T-311\/18/,
    );
    expect(() =>
      buildRegister(
        raw([], {
          dommer: [{ ...base, nummer: 'C-1/20', slug: 'c-1-20', instans: 'EU-domstolen', kilder: [{ navn: 'x', url: 'http://x' }] }],
        }),
        structure,
      ),
    ).toThrow(/https/);
    expect(
      buildRegister(raw([], { dommer: [{ ...base, nummer: 'T-553/23', slug: 't-553-23', instans: 'Retten' }] }), structure)[0].id,
    ).toBe('dommer/t-553-23');
  });
});

describe('the build check of «sist kontrollert» (12 months)', () => {
  it('passes for the register as it is today', () => {
    expect(() => loadRegister(undefined, TODAY)).not.toThrow();
  });

  it('fails the build when a date in the register is more than 12 months old', () => {
    const old = buildRegister(raw([article(50, { sistKontrollert: '2025-11-29' })]), structure);
    expect(() => assertCurrent(old, TODAY)).toThrow(
      /Rettslige opplysninger må kontrolleres på nytt:\n- content\/rettskilder\/gdpr\.yaml: Art\. 50 .*sist kontrollert 29\.11\.2025, mer enn 12 måneder siden/,
    );
    // Exactly 12 months is still fine.
    expect(() => assertCurrent(buildRegister(raw([article(50, { sistKontrollert: '2025-11-30' })]), structure), TODAY)).not.toThrow();
  });

  it('fails the build for a date in the future', () => {
    const future = buildRegister(raw([article(50, { sistKontrollert: '2026-12-01' })]), structure);
    expect(() => assertCurrent(future, TODAY)).toThrow(/fram i tid/);
  });

  it('makes loadRegister, which the build runs, fail when the real data gets old', () => {
    // The same data, checked a year and a day after its oldest date.
    const oldest = entries.map((e) => e.checked).sort()[0];
    const later = new Date(Date.parse(`${addMonths(oldest, 12)!}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(() => loadRegister(undefined, later)).toThrow(/mer enn 12 måneder siden/);
  });
});

describe('helpers', () => {
  it('formats dates and statuses in Norwegian', () => {
    expect(formatDate('2020-07-16')).toBe('16. juli 2020');
    expect(statusLabel('vedtatt-ikke-i-kraft')).toBe('Vedtatt, ikke i kraft');
    expect(statusLabel('opphevet', 'dom')).toBe('Ikke lenger i kraft');
  });
  it('splits paragraphs on blank lines', () => {
    expect(paragraphs('a\nb\n\nc')).toEqual(['a b', 'c']);
  });
  it('articleHref and registerEntry give links with the base path, only for entries that exist', () => {
    expect(articleHref(35, '/personvern/some/')).toBe('/personvern/some/gdpr/artikkel-35/');
    expect(articleHref('art. 6 nr. 1 bokstav f', '/personvern/some')).toBe('/personvern/some/gdpr/artikkel-6/');
    expect(articleHref('C-311/18', '/')).toBe('/dommer/c-311-18/');
    expect(articleHref('T-553/23', '/')).toBe('/dommer/t-553-23/');
    expect(articleHref('35')).toBe('/gdpr/artikkel-35/');
    expect(articleHref(99)).toBe('/gdpr/artikkel-99/');
    expect(articleHref(100)).toBeUndefined();
    expect(articleHref('kapittel 6')).toBeUndefined();
    expect(registerEntry('lover/arkivlova', '/x/')).toEqual({ id: 'lover/arkivlova', href: '/x/lover/arkivlova/' });
    expect(registerEntry('/gdpr/artikkel-35/')?.href).toBe('/gdpr/artikkel-35/');
    expect(registerEntry('gdpr/artikkel-100')).toBeUndefined();
  });
  it('reads both GDPR files', () => {
    expect(Object.keys(readRawRegister().gdpr)).toEqual(['gdpr', 'gdpr-44-99']);
  });
});
