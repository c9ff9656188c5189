// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { render, screen, fireEvent, cleanup, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage, getTestStorage, setTestStorageKey } from '../support/test-storage';

useTestStorageEngine();

/** A fresh copy of the island's module (it remembers, per page, that the store is in use). */
async function fresh() {
  vi.resetModules();
  const { ToolIsland } = await import('../../src/components/ToolIsland');
  const presence = await import('../../src/stores/presence');
  return { ToolIsland, presence };
}

const stored = () => Object.keys(getTestStorage()).filter((key) => key.includes(':vurdering:'));

function fillAndCreate(platform: string, unit: string) {
  fireEvent.input(screen.getByLabelText('Plattform'), { target: { value: platform } });
  fireEvent.input(screen.getByLabelText('Enhet'), { target: { value: unit } });
  fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
}

describe('<ToolIsland>', () => {
  beforeEach(() => cleanTestStorage());
  afterEach(cleanup);

  it('viser starten (skjemaet og verktøyets ledetekst) når ingenting er lagret', async () => {
    const { ToolIsland, presence } = await fresh();
    expect(presence.needsStore()).toBe(false);
    render(<ToolIsland tool="etikk" />);
    expect(screen.getByRole('heading', { name: 'Vurdering' })).toBeTruthy();
    expect(screen.getByText('Velg eller opprett en vurdering over for å starte refleksjonen.')).toBeTruthy();
    expect(screen.queryByLabelText('Vurderingen dere arbeider med')).toBeNull();
  });

  it('godkjenningen (uten egen linje) viser ingenting før det finnes en vurdering', async () => {
    const { ToolIsland } = await fresh();
    const { container } = render(<ToolIsland tool="godkjenning" />);
    expect(container.textContent).toBe('');
  });

  it('ber om plattform og enhet uten å lagre noe', async () => {
    const { ToolIsland } = await fresh();
    render(<ToolIsland tool="etikk" />);
    fireEvent.click(screen.getByRole('button', { name: 'Opprett vurdering' }));
    expect((await screen.findByRole('alert')).textContent).toContain('både plattform og enhet');
    expect(stored()).toEqual([]);
  });

  it('oppretter den første vurderingen, viser verktøyet og flytter fokus til valget av vurdering', async () => {
    const { ToolIsland } = await fresh();
    render(<ToolIsland tool="etikk" />);
    fillAndCreate('Instagram', 'Biblioteket');
    const choice = await screen.findByLabelText<HTMLSelectElement>('Vurderingen dere arbeider med');
    expect(choice.selectedOptions[0]?.textContent).toBe('Instagram – Biblioteket');
    expect(stored()).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(choice));
    expect(screen.queryByText('Velg eller opprett en vurdering over for å starte refleksjonen.')).toBeNull();
  });

  it('vekker de andre øyene på siden når den første vurderingen opprettes', async () => {
    const { ToolIsland } = await fresh();
    render(
      <>
        <ToolIsland tool="beslutning" />
        <ToolIsland tool="godkjenning" />
      </>,
    );
    fillAndCreate('TikTok', 'Ungdom');
    // The sign-off (no bar of its own) shows its part once the assessment exists.
    expect(await screen.findByRole('heading', { name: /godkjen/i })).toBeTruthy();
  });

  it('viser verktøyet når en annen fane lagrer noe', async () => {
    const { ToolIsland } = await fresh();
    const { container } = render(<ToolIsland tool="sjekklister" props={{ lists: [] }} />);
    // The start has no storage status: that is the store's (src/components/workspace/StorageStatus.tsx).
    expect(container.querySelector('.storage-status')).toBeNull();
    setTestStorageKey('some-veilederen:v1:aktiv', '"v-annen-fane"');
    await waitFor(() => expect(container.querySelector('.assessment-bar .storage-status')).not.toBeNull());
    expect(screen.getByText('Velg eller opprett en vurdering over for å fylle ut sjekklistene.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { name: 'Vurdering' })).toHaveLength(1);
  });

  it('en annen fane som bare prøver lagringen eller fjerner noe, vekker ikke starten; en som lagrer, gjør det', async () => {
    const { presence } = await fresh();
    const woken = vi.fn();
    const stop = presence.onStoredElsewhere(woken);
    setTestStorageKey('some-veilederen:probe', '1');
    expect(presence.needsStore()).toBe(false);
    setTestStorageKey('some-veilederen:probe', undefined);
    setTestStorageKey('some-veilederen:v5:aktiv', undefined);
    expect(woken).not.toHaveBeenCalled();
    setTestStorageKey('some-veilederen:v5:aktiv', '"v-1"');
    expect(woken).toHaveBeenCalledTimes(1);
    stop();
  });

  it('laster verktøyet med en gang når noe er lagret', async () => {
    getTestStorage()['some-veilederen:risikometode:v1'] = 'ikke lesbar';
    const { ToolIsland, presence } = await fresh();
    expect(presence.needsStore()).toBe(true);
    render(<ToolIsland tool="etikk" />);
    expect(screen.getByText('Laster refleksjonsverktøyet …')).toBeTruthy();
    expect(await screen.findByText('Velg eller opprett en vurdering over for å starte refleksjonen.')).toBeTruthy();
  });
});
