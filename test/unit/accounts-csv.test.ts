import { describe, it, expect } from 'vitest';
import {
  BOM,
  CSV_COLUMNS,
  accountsToCsv,
  accountsToJson,
  columnLetter,
  csvField,
  parseAccountsCsv,
  parseCsvRows,
  parseDate,
} from '../../src/lib/accounts/csv';
import { emptyAccount } from '../../src/lib/accounts/review';
import type { Account } from '../../src/lib/model/schema';

const NOW = '2026-11-23T12:00:00.000Z';
let counter = 0;
const options = { newId: () => `k-ny${++counter}`, now: NOW };

const base = (over: Partial<Account>): Account => ({ ...emptyAccount('k-1', NOW), platform: 'Facebook', name: 'Kommunen', ...over });

const tricky: Account[] = [
  base({
    id: 'k-1',
    platform: 'Facebook',
    name: 'Bergen kommune; offisiell side',
    address: 'https://www.facebook.com/bergenkommune',
    unit: 'Kommunikasjonsavdelingen',
    owner: 'Åse Ødegård',
    adminCount: 4,
    login: 'personlig',
    purpose: 'Informasjon om tjenester.\nSvarer ikke på «saker» her; henviser til "Min side".',
    documentedNeed: 'ja',
    needDocumentedWhere: 'Kommunikasjonsstrategi 2026, pkt. 3',
    lastCleaned: '2026-06-30',
    assessmentId: 'v-abc',
    verdict: 'behold',
    nextReview: '2027-01-15',
  }),
  base({
    id: 'k-2',
    platform: 'Instagram',
    name: 'Ungdomstjenesten',
    owner: '  ',
    adminCount: null,
    login: 'felles',
    purpose: '=HYPERLINK("http://eksempel")',
    documentedNeed: 'nei',
    verdict: 'slett',
    nextReview: '',
  }),
  base({ id: 'k-3', platform: 'TikTok', name: 'Biblioteket – æøå ÆØÅ', purpose: '- punkt\r\n- punkt 2', verdict: 'vurderes' }),
];

const lookup = (id: string) => (id === 'v-abc' ? { title: 'Facebook – Kommunikasjon', decision: 'Godkjent (2026-03-01)' } : null);

describe('accountsToCsv', () => {
  const csv = accountsToCsv(tricky, lookup);
  it('starter med BOM, bruker semikolon og CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    const header = csv.slice(1).split('\r\n')[0];
    expect(header.split(';')).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(csv.endsWith('\r\n')).toBe(true);
    // A line break inside a field stays inside quotes and is not a row separator.
    expect(csv).toContain('"Informasjon om tjenester.\nSvarer ikke på «saker» her; henviser til ""Min side""."');
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(4 + 1); // header, 3 rows, one CRLF inside k-3's purpose
  });
  it('setter felt med semikolon, anførselstegn og linjeskift i anførselstegn', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('vanlig tekst')).toBe('vanlig tekst');
    expect(csvField(' luft ')).toBe('" luft "');
  });
  it('skriver avledede kolonner og datoer i ISO-format', () => {
    const row = parseCsvRows(csv);
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    const [header, first] = row.rows;
    const at = (name: string) => first[header.indexOf(name)];
    expect(at('Koblet vurdering')).toBe('Facebook – Kommunikasjon');
    expect(at('Siste beslutning')).toBe('Godkjent (2026-03-01)');
    expect(at('Sist ryddet for personopplysninger')).toBe('2026-06-30');
    expect(at('Antall administratorer')).toBe('4');
  });
  it('beskytter tekst som Excel ville lest som formel', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://eksempel"")"`);
  });
});

describe('CSV tur-retur', () => {
  it('gir de samme kontoene tilbake', () => {
    const result = parseAccountsCsv(accountsToCsv(tricky, lookup), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const strip = (a: Account) => ({ ...a, updatedAt: '' });
    // Short fields are trimmed on import; free text (purpose) keeps its line breaks.
    const expected = tricky.map((a) => strip({ ...a, owner: a.owner.trim() }));
    expect(result.accounts.map(strip)).toEqual(expected);
  });
  it('leser også filen uten BOM, med LF og med komma som skilletegn', () => {
    const lf = accountsToCsv(tricky).slice(1).replace(/\r\n/g, '\n');
    const viaLf = parseAccountsCsv(lf, options);
    expect(viaLf.ok).toBe(true);
    const comma =
      'Plattform,Navn,Adresse,Enhet,Eier,Antall administratorer,Innlogging,Formål,Dokumentert behov,Hvor behovet er dokumentert,Sist ryddet for personopplysninger,Koblet vurdering (id),Konklusjon,Neste gjennomgang\n' +
      'YouTube,"Kultur, film",,,,,,,,,,,,\n';
    const viaComma = parseAccountsCsv(comma, options);
    expect(viaComma.ok && viaComma.accounts[0].name).toBe('Kultur, film');
  });
  it('godtar datoer som Excel har skrevet om til dd.mm.åååå, og etiketter i stedet for koder', () => {
    const header = CSV_COLUMNS.filter((c) => c.field)
      .map((c) => c.header)
      .join(';');
    const row = ';Facebook;Helsestasjonen;;;;2;Felles innlogging;;Ja;;1.2.2026;;Behold;31.12.2026';
    const result = parseAccountsCsv(`${header}\r\n${row}\r\n`, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.accounts[0]).toMatchObject({
      login: 'felles',
      documentedNeed: 'ja',
      lastCleaned: '2026-02-01',
      nextReview: '2026-12-31',
      verdict: 'behold',
      adminCount: 2,
    });
    expect(result.accounts[0].id).toMatch(/^k-ny\d+$/);
  });
  it('hopper over tomme linjer på slutten', () => {
    const result = parseAccountsCsv(accountsToCsv(tricky) + ';;;\r\n\r\n', options);
    expect(result.ok && result.accounts.length).toBe(3);
  });
});

describe('CSV-feil', () => {
  const header = CSV_COLUMNS.map((c) => c.header).join(';');
  const row = (cells: Record<string, string>) => CSV_COLUMNS.map((c) => cells[c.header] ?? '').join(';');
  const ok = { Plattform: 'Facebook', Navn: 'Side' };

  const cases: [string, string, { row: number; column?: string; contains: string }[]][] = [
    ['tom fil', '', [{ row: 1, contains: 'tom' }]],
    ['bare overskrifter', header, [{ row: 2, contains: 'ingen kontoer' }]],
    ['ukjent kolonne', `${header};Notat\r\n${row(ok)};x`, [{ row: 1, column: 'Notat', contains: 'kolonne X: ukjent kolonne «Notat»' }]],
    ['manglende kolonne', header.replace(';Konklusjon', ''), [{ row: 1, column: 'Konklusjon', contains: 'kolonnen «Konklusjon» mangler' }]],
    [
      'ugyldig innlogging',
      `${header}\r\n${row({ ...ok, Innlogging: 'privat' })}`,
      [{ row: 2, column: 'Innlogging', contains: 'Rad 2, kolonne «Innlogging» (H): «privat» er ikke gyldig' }],
    ],
    [
      'ugyldig dato',
      `${header}\r\n${row(ok)}\r\n${row({ ...ok, 'Neste gjennomgang': '2026-02-30' })}`,
      [{ row: 3, column: 'Neste gjennomgang', contains: 'ikke en gyldig dato' }],
    ],
    [
      'tall som ikke er heltall',
      `${header}\r\n${row({ ...ok, 'Antall administratorer': '2,5' })}`,
      [{ row: 2, column: 'Antall administratorer', contains: 'helt tall' }],
    ],
    [
      'mangler plattform og navn',
      `${header}\r\n${row({ Enhet: 'Skole' })}`,
      [
        { row: 2, column: 'Plattform', contains: 'plattform må fylles ut' },
        { row: 2, column: 'Navn', contains: 'navn må fylles ut' },
      ],
    ],
    [
      'samme id to ganger',
      `${header}\r\n${row({ ...ok, ID: 'k-1' })}\r\n${row({ ...ok, ID: 'k-1' })}`,
      [{ row: 3, column: 'ID', contains: 'samme id som rad 2' }],
    ],
    ['ugyldig id', `${header}\r\n${row({ ...ok, ID: 'k 1' })}`, [{ row: 2, column: 'ID', contains: 'ikke en gyldig id' }]],
    ['for mange felt', `${header}\r\n${row(ok)};ekstra`, [{ row: 2, contains: 'raden har 24 felt' }]],
    ['anførselstegn som ikke avsluttes', `${header}\r\n${row(ok)}\r\n"Facebook;Side`, [{ row: 3, contains: 'aldri blir avsluttet' }]],
    ['for lang tekst', `${header}\r\n${row({ ...ok, Eier: 'x'.repeat(501) })}`, [{ row: 2, column: 'Eier', contains: 'for lang' }]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const result = parseAccountsCsv(text, options);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        expect(result.errors[i].row).toBe(e.row);
        if (e.column) expect(result.errors[i].column).toBe(e.column);
        expect(result.errors[i].message).toContain(e.contains);
      });
    });
  }
  it('er alt-eller-ingenting: én feil rad gir ingen kontoer', () => {
    const text = `${header}\r\n${row(ok)}\r\n${row({ ...ok, Konklusjon: 'kanskje' })}\r\n${row(ok)}`;
    const result = parseAccountsCsv(text, options);
    expect(result.ok).toBe(false);
    expect('accounts' in result).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.row)).toEqual([3]);
  });
});

describe('hjelpere', () => {
  it('kolonnebokstaver som i Excel', () => {
    expect([0, 7, 25, 26, 27].map(columnLetter)).toEqual(['A', 'H', 'Z', 'AA', 'AB']);
  });
  it('datoer', () => {
    expect(parseDate('')).toBe('');
    expect(parseDate('2026-02-28')).toBe('2026-02-28');
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
    expect(parseDate('29.02.2027')).toBeNull();
    expect(parseDate('2026/01/01')).toBeNull();
  });
  it('JSON-eksporten har format, versjon og kontoene', () => {
    const parsed = JSON.parse(accountsToJson(tricky, NOW)) as { accounts: Account[] };
    expect(parsed).toMatchObject({ format: 'some-veilederen/kontoer', version: 1, exportedAt: NOW });
    expect(parsed.accounts).toHaveLength(3);
  });
  it('deler rader med anførselstegn, semikolon og linjeskift riktig', () => {
    const rows = parseCsvRows(`${BOM}a;"b;c";"d\r\ne";"f ""g"""\r\nh;;;\r\n`);
    expect(rows).toEqual({
      ok: true,
      rows: [
        ['a', 'b;c', 'd\r\ne', 'f "g"'],
        ['h', '', '', ''],
      ],
    });
  });
});
