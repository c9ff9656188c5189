// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';
import { ok } from '../support/test-storage';
import type { Checklist } from '../../src/lib/checklists';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { Checklists } = await import('../../src/components/checklists/Checklists');

const lists: Checklist[] = [
  {
    id: 'prosess',
    title: 'Prosess og forankring',
    chapter: 'Kapittel 8',
    intro: 'Forankring i ledelsen.',
    items: [
      {
        id: 'gruppe',
        question: 'Er gruppen sammensatt?',
        why: 'Ulike fag.',
        link: '/veileder/8-prosess-og-forankring/',
        articles: ['art. 35'],
      },
      { id: 'ledelse', question: 'Er ledelsen involvert?', why: 'Forankring.', link: '/veileder/8-prosess-og-forankring/', articles: [] },
    ],
  },
];

describe('<Checklists>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('ber om en vurdering når ingen er valgt', () => {
    render(<Checklists lists={lists} />);
    expect(screen.getByText(/Velg eller opprett en vurdering/)).toBeTruthy();
  });

  it('lagrer svar og kommentar i vurderingen og viser framdriften', async () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    render(<Checklists lists={lists} base="/personvern/some/" />);
    const section = screen.getByRole('region', { name: /Prosess og forankring/ });
    expect(within(section).getByText('0 av 2 besvart')).toBeTruthy();

    const group = within(section).getByRole('group', { name: 'Er gruppen sammensatt?' });
    fireEvent.click(within(group).getByLabelText('Delvis'));
    fireEvent.input(within(group).getByLabelText('Kommentar'), { target: { value: 'Mangler personvernombudet' } });

    // The save policy: the comment is saved after a pause in typing.
    await waitFor(() =>
      expect(store.$activeAssessment.get()!.checklists).toEqual({
        prosess: { gruppe: { answer: 'delvis', comment: 'Mangler personvernombudet' } },
      }),
    );
    expect(within(section).getByText('1 av 2 besvart')).toBeTruthy();
    expect(within(section).getByRole<HTMLProgressElement>('progressbar').value).toBe(1);
    expect(
      within(group)
        .getByRole('link', { name: /Les mer/ })
        .getAttribute('href'),
    ).toBe('/personvern/some/veileder/8-prosess-og-forankring/');

    fireEvent.click(within(group).getByRole('button', { name: 'Fjern svaret' }));
    expect(store.$assessmentMap.get()[a.id].checklists.prosess.gruppe).toEqual({ answer: null, comment: 'Mangler personvernombudet' });
    expect(within(section).getByText('0 av 2 besvart')).toBeTruthy();
  });
});
