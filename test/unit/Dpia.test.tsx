// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage, getTestStorage, ok } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { Screening } = await import('../../src/components/dpia/Screening');
const { Description } = await import('../../src/components/dpia/Description');
const { Necessity } = await import('../../src/components/dpia/Necessity');
const { Consultation } = await import('../../src/components/dpia/Consultation');
const { SignOff } = await import('../../src/components/dpia/SignOff');
const { MyAssessments } = await import('../../src/components/workspace/MyAssessments');

const active = () => store.$activeAssessment.get()!;

describe('DPIA-verktøyene', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
    store.$clock.set(() => new Date('2026-11-30T10:00:00.000Z'));
  });
  afterEach(cleanup);

  it('screening: svar og resultat lagres, og stien viser steget som ferdig', async () => {
    store.createAssessment({ title: 'Instagram – Biblioteket', platform: 'Instagram', unit: 'Biblioteket', owner: '' });
    render(<Screening />);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Er kriteriet «Evaluering eller poengsetting» oppfylt?' })).getByLabelText('Ja'),
    );
    fireEvent.click(within(screen.getByRole('group', { name: 'Er kriteriet «Sårbare registrerte» oppfylt?' })).getByLabelText('Ja'));
    expect(screen.getByText(/2 av 9 kriterier er oppfylt/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/^Påkrevd/));
    expect(screen.getByText('Skriv begrunnelsen for resultatet.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Begrunnelse for resultatet'), { target: { value: 'To kriterier.' } });
    // Text is saved when the field is left (the save policy).
    fireEvent.blur(screen.getByLabelText('Begrunnelse for resultatet'));
    expect(active().screening).toMatchObject({ result: 'pakrevd', reasoning: 'To kriterier.' });
    expect(active().screening.criteria.sarbare.answer).toBe('ja');
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: /Stegene i vurderingen/ }).textContent).toContain('Trenger vi en DPIA?: ferdig'),
    );
  });

  it('beskrivelse: lister legges til og fjernes, og dataflyten følger med', async () => {
    store.createAssessment({ title: 'Instagram – Biblioteket', platform: 'Instagram', unit: 'Biblioteket', owner: '' });
    render(<Description />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til kategori' }));
    fireEvent.input(screen.getByLabelText('Kategorier av personopplysninger: navn 1'), { target: { value: 'Helse i kommentarer' } });
    // Text is saved when the field is left (the save policy).
    fireEvent.blur(screen.getByLabelText('Kategorier av personopplysninger: navn 1'));
    fireEvent.click(screen.getByLabelText('Særlig kategori (art. 9) eller svært personlig'));
    expect(active().description.dataCategories).toEqual([expect.objectContaining({ name: 'Helse i kommentarer', special: true })]);
    expect(await screen.findByText('Helse i kommentarer (særlig kategori, art. 9)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern «Helse i kommentarer»' }));
    expect(active().description.dataCategories).toEqual([]);
  });

  it('nødvendighet: svar fra veiviseren vises skrivebeskyttet, ikke som felt', () => {
    const a = ok(store.createAssessment({ title: 'TikTok – Ungdom', platform: 'TikTok', unit: 'Ungdom', owner: '' }));
    store.updateAssessment(a.id, (x) => ({
      ...x,
      legalBasis: { ...x.legalBasis, answers: { 'felles-ansvar': { value: 'ja', justification: 'Avtalen på plattformens side.' } } },
    }));
    render(<Necessity checklistItems={[]} />);
    expect(screen.getByText(/Avtalen på plattformens side\./)).toBeTruthy();
    expect(screen.queryByDisplayValue('Avtalen på plattformens side.')).toBeNull();
  });

  it('nødvendighet: svar fra sjekklistene vises under feltet de hører til, med lenke dit de endres', () => {
    const a = ok(store.createAssessment({ title: 'TikTok – Ungdom', platform: 'TikTok', unit: 'Ungdom', owner: '' }));
    store.updateAssessment(a.id, (x) => ({
      ...x,
      checklists: { ansvarsforhold: { ordning: { answer: 'delvis', comment: 'Tillegget gjelder bare sidestatistikk.' } } },
    }));
    const items = [
      { listId: 'ansvarsforhold', listTitle: 'Ansvarsforhold', itemId: 'felles-ansvar', question: 'Har dere vurdert felles ansvar?' },
      { listId: 'ansvarsforhold', listTitle: 'Ansvarsforhold', itemId: 'ordning', question: 'Har dere en ordning med leverandøren?' },
    ];
    render(<Necessity checklistItems={items} />);
    const field = screen.getByLabelText('Ordningen med plattformen (art. 26)').closest('.dpia-necessity-field') as HTMLElement;
    const answers = within(field)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(answers).toContain('Har dere vurdert felles ansvar? Ikke besvart (Ansvarsforhold)');
    expect(answers).toContain('Har dere en ordning med leverandøren? Delvis. Tillegget gjelder bare sidestatistikk. (Ansvarsforhold)');
    expect(within(field).getByRole('link', { name: 'sjekklistene' }).getAttribute('href')).toMatch(/\/verktoy\/sjekklister\/$/);
    expect(screen.queryByDisplayValue('Tillegget gjelder bare sidestatistikk.')).toBeNull();
  });

  it('beskrivelse: teksten lagres som utkast mens den skrives, og i vurderingen etter en pause i skrivingen (lagringsregelen)', async () => {
    store.createAssessment({ title: 'Instagram – Biblioteket', platform: 'Instagram', unit: 'Biblioteket', owner: '' });
    render(<Description />);
    const purpose = screen.getByRole('textbox', { name: 'Formål' });
    fireEvent.input(purpose, { target: { value: 'Nå unge lånere.' } });
    // Not saved on the keystroke: kept as a draft until the pause.
    expect(active().description.purpose).toBe('');
    const draftKeys = () => Object.keys(getTestStorage()).filter((k) => k.includes(':utkast:beskrivelse:'));
    expect(draftKeys()).toHaveLength(1);
    await waitFor(() => expect(active().description.purpose).toBe('Nå unge lånere.'), { timeout: 2000 });
    expect(draftKeys()).toEqual([]);
  });

  it('medvirkning: en part legges til, fylles ut og fjernes', () => {
    store.createAssessment({ title: 'TikTok – Ungdom', platform: 'TikTok', unit: 'Ungdom', owner: '' });
    render(<Consultation />);
    fireEvent.change(screen.getByLabelText('Legg til en part'), { target: { value: 'arkiv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    fireEvent.input(screen.getByLabelText('Hva de sa'), { target: { value: 'Journalfør før sletting.' } });
    // Text is saved when the field is left (the save policy).
    fireEvent.blur(screen.getByLabelText('Hva de sa'));
    expect(active().consultation.entries).toEqual([expect.objectContaining({ party: 'arkiv', summary: 'Journalfør før sletting.' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Arkiv' }));
    expect(active().consultation.entries).toEqual([]);
  });

  it('godkjenning: neste gjennomgang settes tolv måneder fram, og høy restrisiko krever forhåndsdrøfting først', () => {
    const a = ok(store.createAssessment({ title: 'TikTok – Ungdom', platform: 'TikTok', unit: 'Ungdom', owner: '' }));
    store.updateAssessment(a.id, (x) => ({
      ...x,
      risks: [
        {
          id: 'r',
          scenarioId: null,
          title: 'R',
          goal: 'apenhet',
          description: '',
          likelihood: 5,
          consequence: 5,
          justification: '',
          measures: [],
          residualLikelihood: 5,
          residualConsequence: 4,
          nowLikelihood: null,
          nowConsequence: null,
          residualJustification: '',
        },
      ],
    }));
    render(<SignOff />);
    expect(screen.getByText(/forhåndsdrøfting etter art. 36 nr. 1/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Dato for godkjenningen'), { target: { value: '2026-12-01' } });
    expect(active().signOff).toMatchObject({ date: '2026-12-01', nextReview: '2027-12-01' });
  });

  it('Mine vurderinger viser forfalte gjennomganger og åpner skjemaet med ?ny', () => {
    const a = ok(store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' }));
    store.updateAssessment(a.id, (x) => ({ ...x, signOff: { ...x.signOff, nextReview: '2026-11-01', reviewOwner: 'Kari' } }));
    history.replaceState(null, '', '/verktoy/mine-vurderinger/?ny');
    render(<MyAssessments />);
    expect(screen.getByRole('region', { name: 'Vurderinger som skal gjennomgås' }).textContent).toContain(
      'Forfalt: «Facebook – Kultur», neste gjennomgang 01.11.2026, ansvarlig Kari.',
    );
    expect(screen.getByLabelText('Plattform')).toBeTruthy();
    history.replaceState(null, '', '/');
  });
});
