// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';
import type { Scenario } from '../../src/lib/risk/scenarios';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { RiskRegister } = await import('../../src/components/risk/RiskRegister');
const { riskSummary } = await import('../../src/lib/risk/risk-summary');

const scenarios: Scenario[] = [
  {
    id: 'kommentarer',
    goal: 'apenhet',
    title: 'Sensitive opplysninger i kommentarer',
    description: 'Innbyggere deler helseopplysninger.',
    considerations: ['Hvilke temaer kontoen skriver om.'],
    measures: ['Skru av kommentarer der det er mulig.', 'Moder kommentarfeltet.'],
    sources: ['7'],
  },
  {
    id: 'algoritmer',
    goal: 'medbestemmelse',
    title: 'Algoritmer profilerer følgerne',
    description: 'Profilering.',
    considerations: ['Hvor åpen plattformen er.'],
    measures: ['Gi råd om innstillinger.'],
    sources: ['7', '2'],
  },
];

const active = () => store.$activeAssessment.get()!;

function seed() {
  store.$clock.set(() => new Date(2026, 10, 23, 12));
  store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' });
}

/** The tool with an active assessment and both scenarios of the bank added. */
function renderWithBothScenarios() {
  seed();
  render(<RiskRegister scenarios={scenarios} />);
  fireEvent.click(screen.getByRole('button', { name: 'Velg alle som ikke er lagt til' }));
  fireEvent.click(screen.getByRole('button', { name: 'Legg til valgte (2)' }));
}

describe('<RiskRegister>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('ber om en vurdering før registeret vises', () => {
    render(<RiskRegister scenarios={scenarios} />);
    expect(screen.getByText(/Velg eller opprett en vurdering/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Risikokart før tiltak' })).toBeNull();
  });

  it('legger til scenarioer, vurderer dem og viser det samme i kart, tabell og sammendrag', async () => {
    renderWithBothScenarios();
    expect(
      active()
        .risks.map((r) => r.scenarioId)
        .sort(),
    ).toEqual(['algoritmer', 'kommentarer']);
    expect(await screen.findByText(/La til 2 risikoer fra scenariobanken/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Sensitive opplysninger i kommentarer (lagt til)').disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Rediger «Sensitive opplysninger i kommentarer»' }));
    const editor = await screen.findByRole('group', { name: 'Rediger: Sensitive opplysninger i kommentarer' });
    fireEvent.change(within(editor).getByLabelText('Sannsynlighet før tiltak'), { target: { value: '4' } });
    fireEvent.change(within(editor).getByLabelText('Konsekvens før tiltak'), { target: { value: '4' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Ta i bruk tiltaket: Skru av kommentarer der det er mulig.' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Ta i bruk A/B/C-klassifisering som tiltak' }));
    const measures = active().risks.find((r) => r.scenarioId === 'kommentarer')!.measures;
    expect(measures.map((m) => m.text)).toEqual([
      'Skru av kommentarer der det er mulig.',
      expect.stringMatching(/^Klassifiser hvert innlegg/),
    ]);
    expect(await within(editor).findByText('(tatt i bruk)')).toBeTruthy();

    const deadline = within(editor).getByLabelText('Frist for tiltak 1');
    fireEvent.input(deadline, { target: { value: '2026-11-01' } });
    fireEvent.blur(deadline);
    expect(await screen.findByText('⚠ Fristen 01.11.2026 er passert.')).toBeTruthy();
    fireEvent.change(within(editor).getByLabelText('Sannsynlighet etter tiltak'), { target: { value: '2' } });
    fireEvent.change(within(editor).getByLabelText('Konsekvens etter tiltak'), { target: { value: '3' } });

    // The summary on the page is the pure summary of the stored register.
    const expected = riskSummary(active().risks, '2026-11-23', active().method);
    expect(expected.residualRisk).toEqual({ lav: 0, middels: 1, hoy: 0, highest: 6 });
    const summary = screen.getByTestId('risk-summary');
    await waitFor(() => {
      for (const band of ['lav', 'middels', 'hoy', 'ikkeVurdert'] as const) {
        expect(summary.querySelector(`tr[data-band="${band}"] td[data-stage="before"]`)!.textContent).toBe(String(expected.before[band]));
        expect(summary.querySelector(`tr[data-band="${band}"] td[data-stage="after"]`)!.textContent).toBe(String(expected.after[band]));
      }
    });
    // New assessments use the site's example method, whose ratings read «S2 K3».
    expect(within(summary).getByTestId('highest-score').textContent).toBe('S2 K3');
    expect(within(summary).getByText(/Frist 01\.11\.2026/)).toBeTruthy();

    // Both maps count the same risks, and a cell filters the table.
    const before = screen.getByRole('table', { name: 'Risikokart før tiltak' });
    const after = screen.getByRole('table', { name: 'Risikokart etter tiltak' });
    expect(within(before).getByRole('button', { name: 'Sannsynlighet 4, konsekvens 4, høy: 1 risiko' })).toBeTruthy();
    expect(within(after).getByRole('button', { name: 'Sannsynlighet 2, konsekvens 3, middels: 1 risiko' })).toBeTruthy();
    fireEvent.click(within(after).getByRole('button', { name: 'Sannsynlighet 2, konsekvens 3, middels: 1 risiko' }));
    expect(await screen.findByText(/Viser 1 av 2 risikoer/)).toBeTruthy();
    const rows = document.querySelectorAll('.risk-table tbody > tr:not(.risk-editor-row)');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Sensitive opplysninger i kommentarer');
  });

  it('flytter fokus i kartet med piltastene og har bare én rute i tabulatorrekkefølgen', () => {
    seed();
    render(<RiskRegister scenarios={scenarios} />);
    const before = screen.getByRole('table', { name: 'Risikokart før tiltak' });
    const buttons = within(before).getAllByRole('button');
    expect(buttons).toHaveLength(25);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Sannsynlighet 5, konsekvens 2, middels: 0 risikoer');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Sannsynlighet 4, konsekvens 2, middels: 0 risikoer');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Sannsynlighet 4, konsekvens 5, høy: 0 risikoer');
  });

  it('krever tittel på en egen risiko og endrer ingenting ved feil', async () => {
    seed();
    render(<RiskRegister scenarios={scenarios} />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til egen risiko' }));
    expect(screen.getByRole('alert').textContent).toContain('Skriv en tittel');
    expect(active().risks).toHaveLength(0);
    fireEvent.input(screen.getByLabelText('Tittel på risikoen'), { target: { value: 'Skjermbilder av kommentarer deles videre' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til egen risiko' }));
    expect(active().risks).toMatchObject([{ title: 'Skjermbilder av kommentarer deles videre', scenarioId: null, goal: 'apenhet' }]);
    const editor = await screen.findByRole('group', { name: 'Rediger: Skjermbilder av kommentarer deles videre' });
    const title = within(editor).getByLabelText('Tittel');
    fireEvent.input(title, { target: { value: '   ' } });
    fireEvent.blur(title);
    expect((await within(editor).findByRole('alert')).textContent).toContain('må ha en tittel');
    expect(title.getAttribute('aria-describedby')).toBe(within(editor).getByRole('alert').id);
    expect(active().risks[0].title).toBe('Skjermbilder av kommentarer deles videre');
    await waitFor(() => expect((title as HTMLInputElement).value).toBe('Skjermbilder av kommentarer deles videre'));
  });

  it('viser en feilmelding og beholder dataene når lagringen avvises', async () => {
    seed();
    render(<RiskRegister scenarios={scenarios} />);
    fireEvent.input(screen.getByLabelText('Tittel på risikoen'), { target: { value: 'x'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til egen risiko' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.some((a) => /for lang/.test(a.textContent ?? ''))).toBe(true);
    expect(active().risks).toHaveLength(0);
  });

  it('sier tydelig fra når restrisikoen fortsatt er høy', async () => {
    renderWithBothScenarios();
    fireEvent.click(screen.getByRole('button', { name: 'Rediger «Algoritmer profilerer følgerne»' }));
    const editor = await screen.findByRole('group', { name: 'Rediger: Algoritmer profilerer følgerne' });
    fireEvent.change(within(editor).getByLabelText('Sannsynlighet før tiltak'), { target: { value: '5' } });
    fireEvent.change(within(editor).getByLabelText('Konsekvens før tiltak'), { target: { value: '4' } });
    const statement = await screen.findByText(/Restrisikoen er fortsatt høy: 1 risiko/);
    expect(statement.textContent).toContain('forhåndsdrøfting');
    expect(riskSummary(active().risks, '2026-11-23').residualRisk).toEqual({ lav: 0, middels: 0, hoy: 1, highest: 20 });
  });

  it('henter skjemaet første gang en risiko åpnes, og viser det straks etter det', async () => {
    renderWithBothScenarios();
    fireEvent.click(screen.getByRole('button', { name: 'Rediger «Algoritmer profilerer følgerne»' }));
    await screen.findByRole('group', { name: 'Rediger: Algoritmer profilerer følgerne' });
    fireEvent.click(screen.getByRole('button', { name: 'Lukk «Algoritmer profilerer følgerne»' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rediger «Sensitive opplysninger i kommentarer»' }));
    // Already loaded: the form is there in the same render, without a loading line.
    expect(screen.getByRole('group', { name: 'Rediger: Sensitive opplysninger i kommentarer' })).toBeTruthy();
    expect(screen.queryByText(/Henter skjemaet/)).toBeNull();
  });
});
