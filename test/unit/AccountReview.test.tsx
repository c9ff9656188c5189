// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';
import { ok } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { AccountReview } = await import('../../src/components/accounts/AccountReview');
const { emptyAccount } = await import('../../src/lib/accounts/review');

describe('<AccountReview>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-23T10:00:00'));
  });
  afterEach(cleanup);

  it('validerer skjemaet og lagrer ingenting ved feil', () => {
    render(<AccountReview />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til konto' }));
    fireEvent.input(screen.getByLabelText('Antall administratorer'), { target: { value: 'mange' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre konto' }));
    expect(screen.getByRole('alert').textContent).toContain('ikke lagret');
    const platform = screen.getByLabelText('Plattform (må fylles ut)');
    expect(platform.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(platform.getAttribute('aria-describedby')!)!.textContent).toBe('Skriv inn plattformen.');
    expect(store.$accounts.get()).toEqual([]);
  });

  it('legger til en konto og merker forfalt gjennomgang med tekst', async () => {
    render(<AccountReview />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til konto' }));
    fireEvent.input(screen.getByLabelText('Plattform (må fylles ut)'), { target: { value: 'Instagram' } });
    fireEvent.input(screen.getByLabelText('Navn på siden eller kontoen (må fylles ut)'), { target: { value: 'Ungdomshuset' } });
    fireEvent.input(screen.getByLabelText('Antall administratorer'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('Neste gjennomgang'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre konto' }));
    expect(store.$accounts.get()).toHaveLength(1);
    expect(store.$accounts.get()[0]).toMatchObject({
      platform: 'Instagram',
      name: 'Ungdomshuset',
      adminCount: 3,
      nextReview: '2026-11-01',
    });
    const card = await screen.findByRole('article', { name: /Ungdomshuset/ });
    expect(within(card).getByText('Forfalt')).toBeTruthy();
    expect(screen.getByText('1 gjennomgang er forfalt.')).toBeTruthy();

    store.$clock.set(() => new Date('2026-10-01T10:00:00'));
    await waitFor(() => expect(within(screen.getByRole('article', { name: /Ungdomshuset/ })).queryByText('Forfalt')).toBeNull());
    expect(screen.queryByText('1 gjennomgang er forfalt.')).toBeNull();
  });

  it('viser siste beslutning fra koblet vurdering og filtrerer', () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    store.updateAssessment(a.id, (x) => ({
      ...x,
      decisions: [
        {
          id: 'r1',
          recordedAt: '2026-05-01T10:00:00.000Z',
          date: '2026-04-30',
          body: 'Kommunedirektørens ledergruppe',
          outcome: 'betinget',
          conditions: [],
          justification: '',
          presentedBy: '',
          residualRisk: { lav: 0, middels: 1, hoy: 0, highest: 9 },
          actionPlan: '',
          dpoAdvice: '',
          dpoFollowed: null,
          dpoReason: '',
          dataSubjectViews: '',
          strongWish: null,
          corrects: null,
          correctionReason: '',
          fingerprint: '',
          openConditionsStatement: '',
        },
      ],
    }));
    store.saveAccount({
      ...emptyAccount('k-1', '2026-01-01T00:00:00.000Z'),
      platform: 'Facebook',
      name: 'Kulturhuset',
      assessmentId: a.id,
      verdict: 'behold',
    });
    store.saveAccount({ ...emptyAccount('k-2', '2026-01-01T00:00:00.000Z'), platform: 'TikTok', name: 'Biblioteket', verdict: 'slett' });
    render(<AccountReview />);
    const card = screen.getByRole('article', { name: /Kulturhuset/ });
    expect(within(card).getByText('Betinget godkjent (2026-04-30)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Konklusjon'), { target: { value: 'slett' } });
    expect(screen.getByText('Viser 1 av 2 kontoer.')).toBeTruthy();
    expect(screen.queryByRole('article', { name: /Kulturhuset/ })).toBeNull();
  });
});
