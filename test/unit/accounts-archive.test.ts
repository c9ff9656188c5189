/** «Arkivert før sletting» (issue 15 §3): the rule, and the CSV that carries it. */
import { describe, it, expect } from 'vitest';
import { stringContaining } from '../support/matchers';
import { accountsToCsv, parseAccountsCsv, CSV_COLUMNS, SEPARATOR } from '../../src/lib/accounts/csv';
import { ARCHIVE_FIRST, deletionProblem, emptyAccount, isArchived } from '../../src/lib/accounts/review';
import type { Account } from '../../src/lib/model/schema';

const NOW = '2026-11-23T12:00:00.000Z';
const options = { newId: () => 'k-ny', now: NOW };
const base = (over: Partial<Account> = {}): Account => ({
  ...emptyAccount('k-1', NOW),
  platform: 'Instagram',
  name: 'Ungdomsklubben',
  ...over,
});

describe('arkivert før sletting', () => {
  it('rådet sier at innholdet skal arkiveres eller journalføres først der det er arkivverdig', () => {
    expect(ARCHIVE_FIRST).toMatch(/^Arkiver eller journalfør først der innholdet er arkivverdig\./);
  });
  it.each([
    ['uten noe', { date: '', reference: '' }, /datoen og journalpost eller referanse/],
    ['uten referanse', { date: '2026-11-01', reference: '  ' }, /journalpost eller referanse/],
    ['uten dato', { date: '', reference: '2026/1234-5' }, /datoen/],
  ])('nekter «slettet» %s', (_, archived, message) => {
    const problem = deletionProblem(base({ archived, deletion: { scope: 'konto', date: '2026-11-20', note: '' } }));
    expect(problem).toMatch(message);
    expect(problem).toContain(ARCHIVE_FIRST);
    expect(isArchived(archived)).toBe(false);
  });
  it('nekter også en opprydding i innleggene uten arkivering, og en sletting datert før arkiveringen', () => {
    expect(deletionProblem(base({ deletion: { scope: 'innlegg', date: '2026-11-20', note: '' } }))).not.toBeNull();
    expect(
      deletionProblem(
        base({ archived: { date: '2026-11-21', reference: '2026/1' }, deletion: { scope: 'innlegg', date: '2026-11-20', note: '' } }),
      ),
    ).toMatch(/før arkiveringsdatoen/);
  });
  it('godtar sletting når dato og referanse er fylt ut, og alt som ikke er slettet', () => {
    expect(
      deletionProblem(
        base({
          archived: { date: '2026-11-01', reference: '2026/1234-5' },
          deletion: { scope: 'konto', date: '2026-11-20', note: 'Slettet i Meta Business Suite.' },
        }),
      ),
    ).toBeNull();
    expect(deletionProblem(base())).toBeNull();
  });
});

describe('CSV med arkivering og sletting', () => {
  const archivedAndDeleted = base({
    archived: { date: '2026-11-01', reference: '2026/1234-5' },
    deletion: { scope: 'innlegg', date: '2026-11-20', note: 'Bilder av barn fjernet.' },
  });

  it('skriver feltene og leser dem tilbake uendret', () => {
    const csv = accountsToCsv([archivedAndDeleted]);
    expect(csv).toContain('Arkivert før sletting (dato)');
    expect(csv).toContain('2026/1234-5');
    const read = parseAccountsCsv(csv, options);
    expect(read).toEqual({ ok: true, accounts: [archivedAndDeleted] });
  });

  it('avviser en rad som er markert slettet uten arkivering, med rad og kolonne', () => {
    const csv = accountsToCsv([{ ...archivedAndDeleted, archived: { date: '', reference: '' } }]);
    const read = parseAccountsCsv(csv, options);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.errors[0]).toMatchObject({
        row: 2,
        column: 'Arkivert før sletting (journalpost eller referanse)',
        message: stringContaining('Arkivert før sletting'),
      });
  });

  it('leser fortsatt CSV-filer fra før feltene fantes (uten de nye kolonnene)', () => {
    const old = CSV_COLUMNS.filter((c) => !/Arkivert|Slettet|slettingen/.test(c.header));
    expect(old).toHaveLength(18);
    const header = old.map((c) => c.header).join(SEPARATOR);
    const row = old
      .map((c) => (c.header === 'Plattform' ? 'Facebook' : c.header === 'Navn' ? 'Biblioteket' : c.header === 'ID' ? 'k-gml' : ''))
      .join(SEPARATOR);
    const read = parseAccountsCsv(`\uFEFF${header}\r\n${row}\r\n`, options);
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(read.accounts[0]).toMatchObject({ id: 'k-gml', name: 'Biblioteket', archived: { date: '', reference: '' }, deletion: null });
  });
});
