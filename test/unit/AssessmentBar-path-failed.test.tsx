// @vitest-environment happy-dom
import { describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/preact';
import { useTestStorageEngine } from '../support/test-storage';

// The path's code cannot be loaded (a deployment replaced the files while the page was open).
vi.mock('../../src/components/dpia/AssessmentPath', () => {
  throw new Error('Nettverksfeil');
});

useTestStorageEngine();
const { AssessmentBar } = await import('../../src/components/workspace/AssessmentBar');

describe('<AssessmentBar> når koden for stegene ikke kan lastes', () => {
  it('sier det i linjen, og vurderingen er opprettet likevel', async () => {
    render(<AssessmentBar />);
    fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: 'Instagram' } });
    fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: 'Biblioteket' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Stegene i vurderingen kunne ikke vises fordi koden for dem ikke kunne lastes. Last siden på nytt.',
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Vurderingen dere arbeider med').selectedOptions[0]?.textContent).toBe(
      'Instagram – Biblioteket',
    );
  });
});
