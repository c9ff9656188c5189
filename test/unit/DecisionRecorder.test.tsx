// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';
import { ok } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { DecisionRecorder } = await import('../../src/components/decisions/DecisionRecorder');
const { ReportView } = await import('../../src/components/report/ReportView');
const { sampleAssessment, sampleChecklists } = await import('../support/sample-assessment');

function fill(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('<DecisionRecorder>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-22T10:00:00Z'));
  });
  afterEach(cleanup);

  it('ber om en vurdering når ingen er valgt', () => {
    render(<DecisionRecorder />);
    expect(screen.getByText('Velg eller opprett en vurdering for å registrere ledelsens beslutninger.')).toBeTruthy();
  });

  it('registrerer ingenting når skjemaet er ufullstendig, og viser feilene', () => {
    store.createAssessment({ title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: '' });
    render(<DecisionRecorder />);
    fireEvent.click(screen.getByRole('button', { name: 'Registrer runden' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Velg ledelsens beslutning.');
    expect(screen.getByLabelText('Ledelsens begrunnelse').getAttribute('aria-describedby')).toBe('round-justification-error');
    expect(store.$activeAssessment.get()!.decisions).toEqual([]);
  });

  it('registrerer en betinget godkjenning og følger opp vilkårene', async () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: '' }));
    render(<DecisionRecorder />);
    expect(screen.getByLabelText<HTMLInputElement>('Møtedato').value).toBe('2026-11-22');
    fill('Organ som behandlet vurderingen', 'Formannskapet');
    fireEvent.click(screen.getByLabelText('Betinget godkjent'));
    fill('Vilkår som må oppfylles (ett per linje)', 'Rutine for moderering\nPersonvernerklæring');
    fill('Ledelsens begrunnelse', 'Stor nytte.');
    fill('Lagt fram av', 'Kari');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer runden' }));
    const saved = store.$assessmentMap.get()[a.id];
    expect(saved.decisions).toHaveLength(1);
    expect(saved.decisions[0].conditions.map((c) => c.text)).toEqual(['Rutine for moderering', 'Personvernerklæring']);
    expect((document.querySelector('.decision-message') as HTMLElement).textContent).toBe('Runde 1 er registrert: Betinget godkjent.');
    const status = screen.getByRole('region', { name: 'Status etter kapittel 8' });
    await waitFor(() => expect(status.textContent).toContain('2 av 2 gjenstår'));
    fireEvent.click(within(status).getByLabelText(/Rutine for moderering/));
    expect(store.$assessmentMap.get()[a.id].conditionStatus[saved.decisions[0].conditions[0].id]).toEqual({ met: true, note: '' });
    await waitFor(() => expect(status.textContent).toContain('1 av 2 gjenstår'));
    // The log shows the round and offers no way to edit or delete it.
    const log = screen.getByRole('region', { name: 'Beslutningslogg' });
    await waitFor(() => expect(log.textContent).toContain('Runde 1: Betinget godkjent, 22. november 2026'));
    expect(within(log).queryAllByRole('button')).toEqual([]);
  });
});

describe('<DecisionRecorder> vilkår', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-22T10:00:00Z'));
  });
  afterEach(cleanup);

  it('lagrer merknaden til et vilkår når feltet forlates, og beholder den når vilkåret krysses av', async () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kulturetaten', platform: 'Facebook', unit: 'Kulturetaten', owner: '' }));
    render(<DecisionRecorder />);
    fill('Organ som behandlet vurderingen', 'Formannskapet');
    fireEvent.click(screen.getByLabelText('Betinget godkjent'));
    fill('Vilkår som må oppfylles (ett per linje)', 'Rutine for moderering');
    fill('Ledelsens begrunnelse', 'Stor nytte.');
    fill('Lagt fram av', 'Kari');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer runden' }));
    const conditionId = store.$assessmentMap.get()[a.id].decisions[0].conditions[0].id;
    const status = screen.getByRole('region', { name: 'Status etter kapittel 8' });
    const note = await waitFor(() => within(status).getByLabelText('Merknad til vilkåret'));
    fireEvent.input(note, { target: { value: 'Rutinen er vedtatt.' } });
    fireEvent.blur(note);
    expect(store.$assessmentMap.get()[a.id].conditionStatus[conditionId]).toEqual({ met: false, note: 'Rutinen er vedtatt.' });
    fireEvent.click(within(status).getByLabelText(/Rutine for moderering/));
    expect(store.$assessmentMap.get()[a.id].conditionStatus[conditionId]).toEqual({ met: true, note: 'Rutinen er vedtatt.' });
  });
});

describe('<ReportView>', () => {
  beforeEach(() => {
    cleanTestStorage();
    const a = sampleAssessment();
    store.restoreAssessment(a);
    store.selectAssessment(a.id);
    store.$clock.set(() => new Date('2026-11-22T10:00:00Z'));
  });
  afterEach(cleanup);

  /** Renders the report page and asks for the report, as the user does. */
  async function makeReport() {
    const view = render(<ReportView checklists={sampleChecklists} />);
    expect(screen.queryByRole('article')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lag rapporten' }));
    const title = await screen.findByRole('heading', { level: 2, name: 'Vurdering av personvernkonsekvenser: Facebook – Kulturetaten' });
    return { ...view, title };
  }

  it('lager rapporten først når brukeren ber om den, og flytter fokus til tittelen', async () => {
    await makeReport();
    expect(screen.queryByRole('button', { name: 'Lag rapporten' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('report-title'));
  });

  it('følger vurderingen som er valgt, også etter at rapporten er laget', async () => {
    await makeReport();
    const other = { ...sampleAssessment(), id: 'v-annen', title: 'Instagram – Biblioteket' };
    store.restoreAssessment(other);
    store.selectAssessment(other.id);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Vurdering av personvernkonsekvenser: Instagram – Biblioteket' }),
    ).toBeTruthy();
  });

  it('viser rapporten med forside, deler og filnavn, og skriver ut med nettleserens utskrift', async () => {
    const print = vi.fn();
    window.print = print;
    await makeReport();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Trenger vi en DPIA?',
      'Systematisk beskrivelse av behandlingen',
      'Nødvendighet og forholdsmessighet',
      'Medvirkning',
      'Personvernombudets råd',
      'Risikoer og tiltak',
      'Beslutning og godkjenning',
      'Vedlegg',
    ]);
    expect(
      screen.getByText(
        'Filnavn: 2026-11-22-kulturetaten-facebook-kulturetaten.docx. Utskriftsvinduet foreslår 2026-11-22-kulturetaten-facebook-kulturetaten.pdf for PDF-filen.',
      ),
    ).toBeTruthy();
    // While printing, the page title is the file name the browser suggests for the PDF.
    const before = document.title;
    await waitFor(() => {
      window.dispatchEvent(new Event('beforeprint'));
      expect(document.title).toBe('2026-11-22-kulturetaten-facebook-kulturetaten');
    });
    window.dispatchEvent(new Event('afterprint'));
    expect(document.title).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut / lagre som PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('viser brukerens tekst som tekst, ikke som HTML', async () => {
    const a = sampleAssessment();
    store.restoreAssessment({ ...a, description: { ...a.description, purpose: '<img src=x onerror=alert(1)>' } });
    const { container } = await makeReport();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
