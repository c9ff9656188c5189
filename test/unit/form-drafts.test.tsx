// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage, getTestStorage } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { TextField } = await import('../../src/components/form/TextField');
const { useFormDraft } = await import('../../src/components/form/useFormDraft');

function RoundForm() {
  const { values, set, clear } = useFormDraft({ form: 'runde', id: 'v-1', what: 'skjemaet for runden' }, { note: '', by: '' });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        clear();
      }}
    >
      <label for="note">Merknad</label>
      <input id="note" value={values.note} onInput={(e) => set('note', e.currentTarget.value)} />
      <button type="submit">Registrer</button>
    </form>
  );
}

describe('utkast i skjemaer', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('setter inn igjen det som var skrevet i et skjema etter omlasting, med én melding, og glemmer det ved innsending', () => {
    const first = render(<RoundForm />);
    fireEvent.input(screen.getByLabelText('Merknad'), { target: { value: 'Vilkår 2 er ikke oppfylt' } });
    first.unmount();
    expect(Object.keys(getTestStorage())).toEqual(['some-veilederen:v1:utkast:runde:v-1']);
    render(<RoundForm />);
    expect(screen.getByLabelText<HTMLInputElement>('Merknad').value).toBe('Vilkår 2 er ikke oppfylt');
    cleanup();
    render(<RoundForm />);
    expect(store.$notices.get().map((n) => n.code)).toEqual(['draft-restored']);
    fireEvent.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(Object.keys(getTestStorage())).toEqual([]);
  });

  it('TextField lagrer etter en pause, og et utkast fra en avbrutt økt settes inn og lagres', async () => {
    let saved = 'Før';
    const commits: [string, boolean][] = [];
    const place = { form: 'test', id: 'a-1', field: 'tekst', what: 'testskjemaet' };
    const field = () => (
      <TextField
        id="t"
        label="Tekst"
        value={saved}
        draft={place}
        onCommit={(v, final) => {
          commits.push([v, final]);
          saved = v;
          return true;
        }}
      />
    );
    // A draft left by a tab that was closed before it could save.
    getTestStorage()['some-veilederen:v1:utkast:test:a-1'] = JSON.stringify({
      at: '2026-11-30T10:00:00.000Z',
      fields: { tekst: 'Før og etter' },
      base: { tekst: 'Før' },
    });
    render(field());
    expect(screen.getByLabelText<HTMLTextAreaElement>('Tekst').value).toBe('Før og etter');
    expect(commits).toEqual([['Før og etter', false]]);
    expect(getTestStorage()['some-veilederen:v1:utkast:test:a-1']).toBeUndefined();
    fireEvent.input(screen.getByLabelText('Tekst'), { target: { value: 'Før og etter, og mer' } });
    expect(getTestStorage()['some-veilederen:v1:utkast:test:a-1']).toContain('og mer');
    await waitFor(() => expect(commits.at(-1)).toEqual(['Før og etter, og mer', false]));
    fireEvent.blur(screen.getByLabelText('Tekst'));
    expect(commits.at(-1)).toEqual(['Før og etter, og mer', true]);
  });
});
