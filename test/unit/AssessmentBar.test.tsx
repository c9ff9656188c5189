// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { AssessmentBar } = await import('../../src/components/workspace/AssessmentBar');

describe('<AssessmentBar>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('ber om plattform og enhet før den oppretter en vurdering', () => {
    render(<AssessmentBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    expect(screen.getByRole('alert').textContent).toContain('både plattform og enhet');
    expect(store.$assessments.get()).toEqual([]);
  });

  it('oppretter en vurdering og viser den som valgt', async () => {
    render(<AssessmentBar />);
    fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: 'Instagram' } });
    fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: 'Biblioteket' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    const select = await screen.findByLabelText<HTMLSelectElement>('Vurderingen dere arbeider med');
    expect(select.selectedOptions[0]?.textContent).toBe('Instagram – Biblioteket');
    expect(store.$activeAssessment.get()?.unit).toBe('Biblioteket');
    const path = screen.getByRole('navigation', { name: 'Stegene i vurderingen (0 av 8 ferdig)' });
    expect(path.textContent).toContain('Neste steg: Trenger vi en DPIA?');
  });

  it('flytter fokus til skjemaet ved «Ny vurdering», og til valget når vurderingen er opprettet', async () => {
    render(<AssessmentBar />);
    fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: 'Instagram' } });
    fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: 'Biblioteket' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ny vurdering' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Plattform'));
    fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: 'TikTok' } });
    fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: 'Ungdom' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Vurderingen dere arbeider med')));
    fireEvent.click(screen.getByRole('button', { name: 'Ny vurdering' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ny vurdering' })));
  });

  it('tar med kommunen, og neste nye vurdering starter med den samme kommunen', async () => {
    render(<AssessmentBar />);
    expect(screen.getByLabelText<HTMLInputElement>('Kommune (valgfritt)').value).toBe('');
    fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: 'Instagram' } });
    fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: 'Biblioteket' } });
    fireEvent.input(screen.getByLabelText('Kommune (valgfritt)'), { target: { value: ' Eksempel kommune ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    await screen.findByLabelText('Vurderingen dere arbeider med');
    expect(store.$activeAssessment.get()?.municipality).toBe('Eksempel kommune');
    fireEvent.click(screen.getByRole('button', { name: 'Ny vurdering' }));
    expect(screen.getByLabelText<HTMLInputElement>('Kommune (valgfritt)').value).toBe('Eksempel kommune');
  });
});
