import { describe, it, expect } from 'vitest';
import { emptyAccount } from '../../src/lib/accounts/review';
import { accountFromForm, accountToForm, checkAccountForm } from '../../src/lib/accounts/form';
import type { Account } from '../../src/lib/model/schema';

const full: Account = {
  ...emptyAccount('k-1', '2026-11-23T10:00:00.000Z'),
  platform: 'Instagram',
  name: 'Ungdomshuset',
  address: '@ungdomshuset',
  unit: 'Kultur',
  owner: 'Leder',
  adminCount: 3,
  login: 'personlig',
  purpose: 'Nå ungdom.',
  documentedNeed: 'ja',
  needDocumentedWhere: 'Sak 2026/1',
  lastCleaned: '2026-10-01',
  assessmentId: 'v-1',
  verdict: 'slett',
  nextReview: '2027-01-01',
  archived: { date: '2026-11-01', reference: 'Journalpost 2026/77' },
  deletion: { scope: 'konto', date: '2026-11-02', note: 'Slettet av eier' },
};

describe('kontoskjemaet som tekst', () => {
  it('blir tekst og tilbake uten å miste noe', () => {
    for (const account of [emptyAccount('k-2', '2026-11-23T10:00:00.000Z'), full]) {
      const text = accountToForm(account);
      expect(Object.values(text).every((v) => typeof v === 'string')).toBe(true);
      expect(accountFromForm(text, account)).toEqual(account);
    }
  });

  it('lagrer plattform og navn uten mellomrom rundt', () => {
    const result = checkAccountForm({ ...accountToForm(full), platform: ' Instagram ', name: ' Ungdomshuset ' }, full);
    expect(result).toEqual({ ok: true, account: full });
  });

  it('gir en feil per felt, og lar ingen konto bli markert slettet før den er arkivert', () => {
    const base = emptyAccount('k-3', '2026-11-23T10:00:00.000Z');
    const result = checkAccountForm(
      { ...accountToForm(base), adminCount: 'mange', deletionScope: 'konto', deletionDate: '2026-11-02' },
      base,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['platform', 'name', 'adminCount', 'deletion']);
    expect(result.errors.deletion).toContain('Arkivert før sletting');
    const early = checkAccountForm({ ...accountToForm(full), deletionDate: '2026-10-31' }, full);
    expect(early.ok ? null : early.errors).toEqual({
      deletion: 'Slettedatoen er før arkiveringsdatoen. Innholdet må arkiveres eller journalføres før det slettes.',
    });
  });

  it('beholder det lagrede valget når et valg i teksten ikke finnes', () => {
    expect(
      accountFromForm({ ...accountToForm(full), login: 'ukjent-verdi', verdict: 'kanskje', deletionScope: 'alt' }, full),
    ).toMatchObject({
      login: full.login,
      verdict: 'slett',
      deletion: null,
    });
  });
});
