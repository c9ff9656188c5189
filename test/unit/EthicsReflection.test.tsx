// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { EthicsReflection } = await import('../../src/components/ethics/EthicsReflection');

describe('<EthicsReflection>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('lagrer notater per tema og alternativ og konklusjonen', async () => {
    store.createAssessment({ title: 'TikTok – Ungdom', platform: 'TikTok', unit: 'Ungdom', owner: '' });
    render(<EthicsReflection />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Lov',
      'Identitet',
      'Moral',
      'Omdømme',
      'Økonomi',
      'Etikk',
    ]);
    fireEvent.input(screen.getByLabelText('Omdømme: være til stede på plattformen'), { target: { value: 'Når unge der de er' } });
    fireEvent.input(screen.getByLabelText('Omdømme: ikke være til stede'), { target: { value: 'Kan virke utilgjengelig' } });
    expect(await screen.findByText(/1 av 6 temaer har notater for begge alternativene/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Ikke være til stede'));
    fireEvent.input(screen.getByLabelText('Begrunnelse for valget'), { target: { value: 'Målgruppen er sårbar.' } });
    // The save policy: leaving the field saves at once.
    fireEvent.blur(screen.getByLabelText('Begrunnelse for valget'));
    expect(store.$activeAssessment.get()!.ethics).toEqual({
      themes: { omdomme: { present: 'Når unge der de er', absent: 'Kan virke utilgjengelig' } },
      choice: 'ikke-til-stede',
      conclusion: 'Målgruppen er sårbar.',
    });
    expect(await screen.findByText(/Konklusjonen er skrevet\./)).toBeTruthy();
  });
});
