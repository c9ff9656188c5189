// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { AssessmentBar } = await import('../../src/components/workspace/AssessmentBar');

describe('<AssessmentBar>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.$assessmentMap.set({});
    store.$activeId.set('');
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
    const select = (await screen.findByLabelText('Vurderingen dere arbeider med')) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('Instagram – Biblioteket');
    expect(store.$activeAssessment.get()?.unit).toBe('Biblioteket');
  });
});
