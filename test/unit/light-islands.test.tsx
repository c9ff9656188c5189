// @vitest-environment happy-dom
/**
 * The start views of Mine vurderinger and the account review (first visit, nothing
 * stored): what they show with Preact alone, and how the full tool carries on from
 * what the user did there (created, chose a file, asked to add an account).
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, fireEvent, cleanup, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage, getTestStorage } from '../support/test-storage';
import { accountsToCsv } from '../../src/lib/accounts/csv';
import { emptyAccount } from '../../src/lib/accounts/review';
import { MY_ASSESSMENTS_TEXTS, ACCOUNT_TEXTS } from '../../src/components/tool-texts';

useTestStorageEngine();

/** Fresh copies of the islands (they remember, per page, that the store is in use). */
async function fresh() {
  vi.resetModules();
  const { MyAssessmentsIsland } = await import('../../src/components/workspace/MyAssessmentsIsland');
  const { AccountsIsland } = await import('../../src/components/accounts/AccountsIsland');
  return { MyAssessmentsIsland, AccountsIsland };
}

const ours = () => Object.keys(getTestStorage()).filter((key) => key.startsWith('some-veilederen:'));
const choose = (label: string | RegExp, file: File) => {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};
const workspaceFile = () =>
  new File([readFileSync(join(import.meta.dirname, '../fixtures/workspace-valid.json'))], 'workspace-valid.json', {
    type: 'application/json',
  });

describe('Mine vurderinger: starten', () => {
  beforeEach(() => {
    cleanTestStorage();
    history.replaceState(null, '', '/verktoy/mine-vurderinger/');
  });
  afterEach(cleanup);

  it('viser at ingenting er lagret, «Ny vurdering» og valget av fil, uten lageret', async () => {
    const { MyAssessmentsIsland } = await fresh();
    const { container } = render(<MyAssessmentsIsland />);
    expect(screen.getByRole('heading', { name: MY_ASSESSMENTS_TEXTS.heading })).toBeTruthy();
    expect(screen.getByText(MY_ASSESSMENTS_TEXTS.none)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ny vurdering' })).toBeTruthy();
    expect(screen.getByLabelText('Velg en fil å importere')).toBeTruthy();
    expect(screen.getByText(/høyst 10 MB/)).toBeTruthy();
    // The storage status and the reminders belong to the store: not loaded yet.
    expect(container.querySelector('.storage-status')).toBeNull();
    expect(ours()).toEqual([]);
  });

  it('«Ny vurdering» åpner skjemaet; «Avbryt» lukker det og gir fokus tilbake til knappen', async () => {
    const { MyAssessmentsIsland } = await fresh();
    render(<MyAssessmentsIsland />);
    fireEvent.click(screen.getByRole('button', { name: 'Ny vurdering' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('new-platform'));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    const button = screen.getByRole('button', { name: 'Ny vurdering' });
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('med ?ny er skjemaet åpent og har fokus', async () => {
    history.replaceState(null, '', '/verktoy/mine-vurderinger/?ny');
    const { MyAssessmentsIsland } = await fresh();
    render(<MyAssessmentsIsland />);
    expect(screen.queryByRole('button', { name: 'Ny vurdering' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('new-platform'));
  });

  it('den første vurderingen: listen lastes, sier at den er opprettet og får fokus', async () => {
    const { MyAssessmentsIsland } = await fresh();
    render(<MyAssessmentsIsland />);
    fireEvent.click(screen.getByRole('button', { name: 'Ny vurdering' }));
    fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: 'YouTube' } });
    fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: 'Kultur' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    expect(await screen.findByText(MY_ASSESSMENTS_TEXTS.created)).toBeTruthy();
    expect(screen.getByText('YouTube – Kultur', { selector: 'strong' })).toBeTruthy();
    const heading = screen.getByRole('heading', { name: MY_ASSESSMENTS_TEXTS.heading });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(ours().filter((key) => key.includes(':vurdering:'))).toHaveLength(1);
  });

  it('en fil valgt på starten vises i importen, og ingenting lagres før brukeren bekrefter', async () => {
    const { MyAssessmentsIsland } = await fresh();
    render(<MyAssessmentsIsland />);
    choose('Velg en fil å importere', workspaceFile());
    expect(await screen.findByRole('heading', { name: 'Dette inneholder «workspace-valid.json»' })).toBeTruthy();
    expect(ours().filter((key) => key.includes(':vurdering:'))).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/Importert fra «workspace-valid.json»: 2 vurderinger og 1 konto\./)).toBeTruthy();
    expect(ours().filter((key) => key.includes(':vurdering:'))).toHaveLength(2);
  });

  it('en for stor fil valgt på starten avvises av importen med grensen', async () => {
    const { MyAssessmentsIsland } = await fresh();
    render(<MyAssessmentsIsland />);
    const big = new File(['x'], 'stor.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    choose('Velg en fil å importere', big);
    expect((await screen.findByRole('alert')).textContent).toContain('«stor.json» ble ikke importert. Filen er 11\u00a0MB.');
  });

  it('laster listen med en gang når noe er lagret', async () => {
    getTestStorage()['some-veilederen:v5:aktiv'] = '"v-1"';
    const { MyAssessmentsIsland } = await fresh();
    render(<MyAssessmentsIsland />);
    expect(screen.getByText(MY_ASSESSMENTS_TEXTS.loading)).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.storage-status')).not.toBeNull());
  });
});

describe('Kontogjennomgangen: starten', () => {
  beforeEach(() => cleanTestStorage());
  afterEach(cleanup);

  it('viser det tomme registeret, «Legg til konto» og CSV-importen; eksporten er av', async () => {
    const { AccountsIsland } = await fresh();
    const { container } = render(<AccountsIsland />);
    expect(screen.getByRole('heading', { name: ACCOUNT_TEXTS.heading })).toBeTruthy();
    expect(screen.getByText(ACCOUNT_TEXTS.none)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Last ned CSV' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Last ned JSON' }).hasAttribute('disabled')).toBe(true);
    expect(container.querySelector('.storage-status')).toBeNull();
  });

  it('«Legg til konto» laster registeret med skjemaet for en ny konto åpent', async () => {
    const { AccountsIsland } = await fresh();
    render(<AccountsIsland />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til konto' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('acc-platform'));
    expect(ours()).toEqual([]);
  });

  it('en CSV-fil valgt på starten leses av registeret og importeres først etter bekreftelse', async () => {
    const { AccountsIsland } = await fresh();
    render(<AccountsIsland />);
    const account = { ...emptyAccount('', '2026-12-01T10:00:00.000Z'), platform: 'Facebook', name: 'Biblioteket' };
    choose('Importer CSV-fil', new File([accountsToCsv([account])], 'kontoer.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/Filen er gyldig: 1 konto \(1 nye, 0 oppdateres\)/)).toBeTruthy();
    expect(ours().filter((key) => key.includes(':konto:'))).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Importer 1 kontoer' }));
    await waitFor(() => expect(ours().filter((key) => key.includes(':konto:'))).toHaveLength(1));
  });
});
