import { describe, it, expect } from 'vitest';
import { pathWithBase } from '../../src/lib/paths';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { answerLabel, checklistSummary, getAnswer, listProgress, progressText, setAnswer, type Checklist } from '../../src/lib/checklists';
import type { ChecklistsSection } from '../../src/lib/model/schema';

const list: Checklist = {
  id: 'sikkerhet',
  title: 'Informasjonssikkerhet',
  chapter: 'Kapittel 3',
  intro: 'Innledning.',
  items: [
    { id: 'a', question: 'Spørsmål A?', why: 'Fordi.', link: '/veileder/3-informasjonssikkerhet/', articles: ['art. 32'] },
    { id: 'b', question: 'Spørsmål B?', why: 'Fordi.', link: '/veileder/3-informasjonssikkerhet/', articles: [] },
    { id: 'c', question: 'Spørsmål C?', why: 'Fordi.', link: '/veileder/3-informasjonssikkerhet/', articles: [] },
  ],
};

describe('listProgress', () => {
  const cases: [string, ChecklistsSection | undefined, number][] = [
    ['ingen seksjon', undefined, 0],
    ['tom seksjon', {}, 0],
    ['bare kommentar teller ikke', { sikkerhet: { a: { answer: null, comment: 'Notat' } } }, 0],
    ['ett svar', { sikkerhet: { a: { answer: 'ja', comment: '' } } }, 1],
    [
      '«ikke relevant» teller som besvart',
      { sikkerhet: { a: { answer: 'ikke-relevant', comment: '' }, b: { answer: 'delvis', comment: '' } } },
      2,
    ],
    [
      'alle besvart',
      { sikkerhet: { a: { answer: 'ja', comment: '' }, b: { answer: 'nei', comment: '' }, c: { answer: 'delvis', comment: '' } } },
      3,
    ],
    [
      'svar på spørsmål som ikke lenger finnes, telles ikke',
      { sikkerhet: { a: { answer: 'ja', comment: '' }, gammel: { answer: 'ja', comment: '' } } },
      1,
    ],
    ['svar i en annen liste telles ikke', { annen: { a: { answer: 'ja', comment: '' } } }, 0],
  ];
  for (const [name, section, answered] of cases) {
    it(name, () => expect(listProgress(list, section)).toEqual({ answered, total: 3 }));
  }
  it('skriver framdriften på norsk', () => {
    expect(progressText({ answered: 7, total: 12 })).toBe('7 av 12 besvart');
  });
});

describe('setAnswer og getAnswer', () => {
  it('endrer ett svar uten å endre inndata', () => {
    const before: ChecklistsSection = { sikkerhet: { a: { answer: 'ja', comment: 'x' } } };
    const after = setAnswer(before, 'sikkerhet', 'b', { answer: 'nei' });
    expect(before.sikkerhet.b).toBeUndefined();
    expect(after.sikkerhet).toEqual({ a: { answer: 'ja', comment: 'x' }, b: { answer: 'nei', comment: '' } });
    const commented = setAnswer(after, 'sikkerhet', 'a', { comment: 'ny' });
    expect(getAnswer(commented, 'sikkerhet', 'a')).toEqual({ answer: 'ja', comment: 'ny' });
    expect(getAnswer(commented, 'ukjent', 'a')).toEqual({ answer: null, comment: '' });
  });
});

describe('checklistSummary', () => {
  it('gir framdrift og hvert spørsmål med svar og kommentar', () => {
    const summary = checklistSummary([list], { sikkerhet: { b: { answer: 'delvis', comment: 'Mangler testing' } } });
    expect(summary).toEqual([
      {
        id: 'sikkerhet',
        title: 'Informasjonssikkerhet',
        answered: 1,
        total: 3,
        items: [
          { question: 'Spørsmål A?', answer: null, comment: '' },
          { question: 'Spørsmål B?', answer: 'delvis', comment: 'Mangler testing' },
          { question: 'Spørsmål C?', answer: null, comment: '' },
        ],
      },
    ]);
    expect(answerLabel('ikke-relevant')).toBe('Ikke relevant');
    expect(answerLabel(null)).toBe('Ikke besvart');
  });
});

describe('pathWithBase (src/lib/paths.ts)', () => {
  const cases: [string, string, string][] = [
    ['/', '/veileder/3-informasjonssikkerhet/', '/veileder/3-informasjonssikkerhet/'],
    ['/personvern/some/', '/veileder/3-informasjonssikkerhet/', '/personvern/some/veileder/3-informasjonssikkerhet/'],
    ['/personvern/some', '/verktoy/sjekklister/#prosess', '/personvern/some/verktoy/sjekklister/#prosess'],
    ['/personvern/some/', '/personvern/some/verktoy/', '/personvern/some/verktoy/'],
    ['/personvern/some/', 'https://lovdata.no/', 'https://lovdata.no/'],
  ];
  for (const [base, path, expected] of cases) {
    it(`${base} + ${path}`, () => expect(pathWithBase(path, base)).toBe(expected));
  }
});

describe('sjekklistene i content/sjekklister', () => {
  const dir = new URL('../../content/sjekklister/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const lists = files.map((f) => parse(readFileSync(new URL(f, dir), 'utf8')) as Checklist);

  it('har de seks listene issuet ber om', () => {
    expect(lists.map((l) => l.id)).toEqual([
      'systematisk-beskrivelse',
      'informasjonssikkerhet',
      'ansvarsforhold',
      'overforing',
      'andre-regler',
      'prosess',
    ]);
  });
  it('har unike id-er, rotrelative lenker til veilederen og artikler i norsk form', () => {
    for (const l of lists) {
      const ids = l.items.map((i) => i.id);
      expect(new Set(ids).size, l.id).toBe(ids.length);
      for (const item of l.items) {
        expect(item.link, `${l.id}/${item.id}`).toMatch(/^\/veileder\/[a-z0-9-]+\/(#.+)?$/);
        expect(item.question.trim().endsWith('?'), `${l.id}/${item.id}`).toBe(true);
        for (const article of item.articles) {
          expect(article, `${l.id}/${item.id}`).toMatch(
            /^(art\. \d+(–\d+)?( nr\. \d+)?( bokstav [a-z])?|arkivlova|offentleglova|forvaltningsloven)$/,
          );
        }
      }
    }
  });
  it('dekker hver leverandørforpliktelse i kapittel 3', () => {
    const security = lists.find((l) => l.id === 'informasjonssikkerhet')!;
    const text = security.items
      .map((i) => i.question)
      .join(' ')
      .toLowerCase();
    for (const word of [
      'organisert',
      'fysisk',
      'opplæring',
      'bakgrunnssjekk',
      'testing',
      'tilgangskontroll',
      'kommunikasjonssikkerhet',
      'sårbarheter',
      'sikkerhetshendelser',
      'administrere',
    ]) {
      expect(text).toContain(word);
    }
  });
});
