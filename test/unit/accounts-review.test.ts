import { describe, it, expect } from 'vitest';
import {
  decisionText,
  emptyAccount,
  filterAccounts,
  isOverdue,
  isoDate,
  latestDecision,
  reviewStatus,
  sortAccounts,
  NO_FILTER,
} from '../../src/lib/accounts/review';
import type { Account, DecisionRound } from '../../src/lib/model/schema';

const acc = (id: string, over: Partial<Account>): Account => ({
  ...emptyAccount(id, '2026-01-01T00:00:00.000Z'),
  platform: 'Facebook',
  name: id,
  ...over,
});

describe('forfalte gjennomganger', () => {
  const today = '2026-11-23';
  const cases: [string, string, boolean, string][] = [
    ['ingen dato', '', false, 'ikke-satt'],
    ['i går', '2026-11-22', true, 'forfalt'],
    ['i dag er ikke forfalt', '2026-11-23', false, 'planlagt'],
    ['i morgen', '2026-11-24', false, 'planlagt'],
    ['i fjor', '2025-12-31', true, 'forfalt'],
  ];
  for (const [name, nextReview, overdue, status] of cases) {
    it(name, () => {
      expect(isOverdue({ nextReview }, today)).toBe(overdue);
      expect(reviewStatus({ nextReview }, today)).toBe(status);
    });
  }
  it('dagens dato i lokal tid', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('siste beslutning', () => {
  const round = (id: string, recordedAt: string, outcome: DecisionRound['outcome'], date: string) =>
    ({ id, recordedAt, outcome, date }) as DecisionRound;
  it('er runden som ble registrert sist', () => {
    const decisions = [
      round('r1', '2026-01-10T10:00:00.000Z', 'betinget', '2026-01-09'),
      round('r3', '2026-04-01T10:00:00.000Z', 'godkjent', '2026-03-30'),
      round('r2', '2026-02-10T10:00:00.000Z', 'ikke-godkjent', '2026-02-09'),
    ];
    expect(latestDecision({ decisions })?.id).toBe('r3');
    expect(decisionText({ decisions }, true)).toBe('Godkjent (2026-03-30)');
  });
  it('uten runder, uten vurdering og uten kobling', () => {
    expect(latestDecision({ decisions: [] })).toBeNull();
    expect(decisionText({ decisions: [] }, true)).toBe('Ingen beslutning ennå');
    expect(decisionText(undefined, true)).toBe('Vurderingen finnes ikke her');
    expect(decisionText(undefined, false)).toBe('Ingen koblet vurdering');
  });
});

describe('sortering og filter', () => {
  const list = [
    acc('a', { name: 'Øvre skole', platform: 'Instagram', nextReview: '2026-12-01', verdict: 'behold', unit: 'Oppvekst' }),
    acc('b', { name: 'Bibliotek', platform: 'Facebook', nextReview: '', verdict: 'slett' }),
    acc('c', { name: 'Aktivitetshus', platform: 'Facebook', nextReview: '2026-01-01', verdict: 'vurderes', purpose: 'Ungdom og fritid' }),
  ];
  it('sorterer etter navn med norsk alfabet', () => {
    expect(sortAccounts(list, 'name', 'asc').map((a) => a.name)).toEqual(['Aktivitetshus', 'Bibliotek', 'Øvre skole']);
    expect(sortAccounts(list, 'name', 'desc').map((a) => a.name)).toEqual(['Øvre skole', 'Bibliotek', 'Aktivitetshus']);
  });
  it('legger tomme datoer sist i begge retninger', () => {
    expect(sortAccounts(list, 'nextReview', 'asc').map((a) => a.id)).toEqual(['c', 'a', 'b']);
    expect(sortAccounts(list, 'nextReview', 'desc').map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });
  it('filtrerer på tekst, plattform, konklusjon og forfalt', () => {
    const today = '2026-11-23';
    expect(filterAccounts(list, NO_FILTER, today)).toHaveLength(3);
    expect(filterAccounts(list, { ...NO_FILTER, text: 'UNGDOM' }, today).map((a) => a.id)).toEqual(['c']);
    expect(filterAccounts(list, { ...NO_FILTER, text: 'oppvekst' }, today).map((a) => a.id)).toEqual(['a']);
    expect(filterAccounts(list, { ...NO_FILTER, platform: 'Facebook' }, today).map((a) => a.id)).toEqual(['b', 'c']);
    expect(filterAccounts(list, { ...NO_FILTER, verdict: 'slett' }, today).map((a) => a.id)).toEqual(['b']);
    expect(filterAccounts(list, { ...NO_FILTER, overdueOnly: true }, today).map((a) => a.id)).toEqual(['c']);
  });
});
