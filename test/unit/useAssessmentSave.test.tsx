// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, cleanup, fireEvent } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage, ok } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { useAssessmentSave } = await import('../../src/components/workspace/useAssessmentSave');
type Assessment = import('../../src/lib/model/schema').Assessment;

function Tool({ active }: { active: Assessment | null }) {
  const { save, error, status } = useAssessmentSave(active);
  return (
    <div>
      <button type="button" onClick={() => save((a) => ({ ...a, title: 'Nytt navn' }), 'Navnet er lagret.')}>
        Lagre
      </button>
      <p data-testid="error">{error}</p>
      <p data-testid="status">{status}</p>
    </div>
  );
}

describe('useAssessmentSave', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('lagrer endringen og sier fra', () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    render(<Tool active={a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(store.$assessmentMap.get()[a.id].title).toBe('Nytt navn');
    expect(screen.getByTestId('status').textContent).toBe('Navnet er lagret.');
    expect(screen.getByTestId('error').textContent).toBe('');
  });

  it('viser lagerets norske feilmelding når endringen ikke kan lagres, og lagrer ingenting', () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    render(<Tool active={{ ...a, id: 'v-finnes-ikke' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(screen.getByTestId('error').textContent).toBe('Fant ikke vurderingen «v-finnes-ikke».');
    expect(screen.getByTestId('status').textContent).toBe('');
    expect(store.$assessmentMap.get()[a.id].title).toBe('Facebook – Kultur');
  });
});
