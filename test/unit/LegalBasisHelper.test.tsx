// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/preact';
import { useTestStorageEngine, cleanTestStorage } from '../support/test-storage';
import { ok } from '../support/test-storage';

useTestStorageEngine();
const store = await import('../../src/stores/workspace');
const { LegalBasisHelper } = await import('../../src/components/legal-basis/LegalBasisHelper');

/** Store updates re-render on the next task; let them land before the next step. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const choose = async (label: string) => {
  fireEvent.click(screen.getByLabelText(label));
  await settle();
};
const type = async (label: string | RegExp, value: string) => {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
  await settle();
};
const next = async () => {
  fireEvent.click(screen.getByRole('button', { name: /^(Neste|Se resultatet)$/ }));
  await settle();
};
const click = async (name: string | RegExp) => {
  fireEvent.click(screen.getByRole('button', { name }));
  await settle();
};
const answers = () => store.$activeAssessment.get()!.legalBasis.answers;

/** The helper's own live summary (the workspace bar has its own status region). */
const liveResult = () => document.querySelector('.lb-live[role="status"]') as HTMLElement;

describe('<LegalBasisHelper>', () => {
  beforeEach(() => {
    cleanTestStorage();
    store.resetWorkspaceForTests();
  });
  afterEach(cleanup);

  it('ber om en vurdering først', () => {
    render(<LegalBasisHelper />);
    expect(screen.getByText('Velg eller opprett en vurdering over for å starte veiviseren.')).toBeTruthy();
  });

  it('går steg for steg, lagrer svarene og viser bokstav e bare med supplerende rettsgrunnlag', async () => {
    store.createAssessment({ title: 'Facebook – Kultur', platform: 'Facebook', unit: 'Kultur', owner: '' });
    render(<LegalBasisHelper />);
    expect(screen.getByText('Steg 1 av 10')).toBeTruthy();
    expect(liveResult().textContent).toContain('ikke noe behandlingsgrunnlag er tilgjengelig ennå');

    await next();
    expect(screen.getByRole('alert').textContent).toContain('Velg ett av svarene');
    expect(screen.getByText('Steg 1 av 10')).toBeTruthy();

    await choose('Nei, ikke et slikt tjenesteområde');
    expect(answers()['tjenesteomrade']).toEqual({ value: 'nei', justification: '' });
    await next();
    await choose('Ren informasjonsvirksomhet');
    await next();
    await choose('Nei');
    await next();
    await choose('Som offentlig myndighet eller for å utføre en oppgave i allmennhetens interesse');
    await next();
    expect(screen.getByText('Steg 5 av 11')).toBeTruthy();
    await choose('Ja');
    await type('Begrunnelse (påkrevd ved ja)', 'Informere innbyggerne.');
    await next();
    await choose('Nei, vi har ikke funnet noe');
    expect(liveResult().textContent).toContain('ikke noe behandlingsgrunnlag er tilgjengelig ennå');

    await choose('Ja, vi har funnet et supplerende rettsgrunnlag');
    await settle();
    // Named is not enough: «vet ikke» is not a provision, and the checks are unanswered.
    await type('Lov (for eksempel kommuneloven)', 'vet ikke');
    expect(answers()['e-supplerende']).toEqual({ value: 'navngitt', justification: '' });
    expect(screen.getByText(/Ikke avklart: Skriv hvilken paragraf|Ikke avklart: Teksten nevner verken/)).toBeTruthy();
    expect(liveResult().textContent).toContain('ikke noe behandlingsgrunnlag er tilgjengelig ennå');
    await type('Lov (for eksempel kommuneloven)', 'kommuneloven');
    await type('Paragraf (for eksempel § 4-1)', '§ 4-1');
    expect(screen.getByText(/Ikke avklart: svar på om bestemmelsen dekker formålet/)).toBeTruthy();
    fireEvent.click(screen.getAllByLabelText('Ja').find((el) => (el as HTMLInputElement).name === 'lb-supp-coversPurpose')!);
    fireEvent.click(screen.getAllByLabelText('Ja').find((el) => (el as HTMLInputElement).name === 'lb-supp-clearAndForeseeable')!);
    await settle();
    expect(liveResult().textContent).toContain('ikke noe behandlingsgrunnlag er tilgjengelig ennå');
    await type('Kommunens vurdering av de to spørsmålene', 'Plikten til å informere aktivt dekker informasjon om tjenestene.');
    expect(store.$activeAssessment.get()!.legalBasis.supplementaryBasis).toMatchObject({
      act: 'kommuneloven',
      section: '§ 4-1',
      coversPurpose: 'ja',
      clearAndForeseeable: 'ja',
    });
    expect(liveResult().textContent).toBe('Foreløpig resultat: svarene peker mot art. 6 nr. 1 bokstav e.');
    const link = screen.getAllByRole('link', { name: 'art. 6 nr. 3' })[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/gdpr/artikkel-6/');

    // Back to the role, change it, and the result changes.
    await click(/Kommunens rolle/);
    expect(screen.getByText('Steg 4 av 12')).toBeTruthy();
    await choose('Som del av kommunens kommunikasjonsstrategi, ikke som myndighetsutøvelse');
    expect(liveResult().textContent).toContain('ikke noe behandlingsgrunnlag er tilgjengelig ennå');
    await next();
    // KS's view, labelled as KS's and contested; the required justification; the bokstav e route with § 4-1.
    expect(screen.getAllByText(/KS mener at valget av kommunikasjonsplattform/).every((el) => el.textContent.includes('omstridt'))).toBe(
      true,
    );
    expect(screen.getByText(/Advarsel \(KS' syn, omstridt\):/)).toBeTruthy();
    expect(screen.getByLabelText(/Hvorfor er denne kommunikasjonen ikke en del av kommunens oppgaver/)).toBeTruthy();
    expect(screen.getAllByText(/kommuneloven § 4-1/).length).toBeGreaterThan(0);
  });

  it('stopper i et frarådet tjenesteområde til en begrunnelse er skrevet', async () => {
    store.createAssessment({ title: 'Facebook – Barnevern', platform: 'Facebook', unit: 'Barnevern', owner: '' });
    render(<LegalBasisHelper />);
    await choose('Ja, et tjenesteområde der KS fraråder sosiale medier');
    expect(screen.getByText(/KS fraråder sosiale medier i tjenesteområder/)).toBeTruthy();
    await next();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Skriv en begrunnelse');
    const field = screen.getByLabelText(/^Begrunnelse \(påkrevd/);
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.getByText('Steg 1 av 10')).toBeTruthy();
    fireEvent.input(field, { target: { value: 'Vi informerer bare om åpningstider.' } });
    await settle();
    await next();
    expect(screen.getByText('Steg 2 av 10')).toBeTruthy();
  });

  it('åpner på resultatet når alt er besvart, og viser punkter, gjenstående og lenker', async () => {
    const a = ok(store.createAssessment({ title: 'TikTok – Ungdom', platform: 'TikTok', unit: 'Ungdom', owner: '' }));
    const set = (value: string, justification = '') => ({ value, justification });
    store.updateAssessment(a.id, (x) => ({
      ...x,
      legalBasis: {
        answers: {
          tjenesteomrade: set('nei'),
          bruk: set('informasjon'),
          malgruppe: set('ja', 'Barn og unge'),
          rolle: set('kommunikasjon'),
          'f-oppgave': set('ikke-oppgave', 'Rekrutteringskampanjen for ungdomsrådet er ikke en lovpålagt oppgave.'),
          'f-interesse': set('ja', 'Nå ungdom.'),
          'f-nodvendig': set('ja', 'Ungdom bruker kanalen.'),
          'f-avveiing': set('ja', 'Ikke kommersielt.'),
          'f-barn': set('vurdert', 'Bare ungdom over 13 år; ingen bilder av barn, og meldinger er slått av.'),
          arkiv: set('ja'),
          leverandor: set('tredjeland'),
          overforingsgrunnlag: set('ikke-funnet'),
          'felles-ansvar': set('nei'),
          informasjonsplikt: set('nei'),
          dpia: set('pagar'),
        },
        supplementaryBasis: x.legalBasis.supplementaryBasis,
      },
    }));
    render(<LegalBasisHelper />);
    expect(screen.getByText('Steg 16 av 16')).toBeTruthy();
    expect(screen.getByText(/Behandlingsgrunnlag:/).textContent).toContain('art. 6 nr. 1 bokstav f');
    expect(screen.getByText(/Hvor sikkert:/).parentElement!.textContent).toContain("KS' syn, omstridt");
    expect(screen.getByText('Finn et gyldig overføringsgrunnlag (art. 44–49).')).toBeTruthy();
    expect(screen.getByText(/Kanalen kan nå sårbare grupper. Dette tas med/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'art. 44–49' })[0].getAttribute('href')).toBe('/gdpr/artikkel-44/');
    expect(screen.getAllByRole('link', { name: 'arkivlova' })[0].getAttribute('href')).toBe('/lover/arkivlova/');
    expect(screen.getByRole('link', { name: 'Gå til risikovurderingen' }).getAttribute('href')).toBe('/verktoy/risikovurdering/');
    expect(screen.getByText('Begrunnelse: Barn og unge')).toBeTruthy();

    await click('Endre svaret på «Interesseavveining»');
    await choose('Nei');
    expect(liveResult().textContent).toContain('ikke noe behandlingsgrunnlag er tilgjengelig ennå');
  });

  it('for lang begrunnelse gir en feilmelding og beholder teksten i feltet', async () => {
    store.createAssessment({ title: 'X – Y', platform: 'X', unit: 'Y', owner: '' });
    render(<LegalBasisHelper />);
    await choose('Ja, et tjenesteområde der KS fraråder sosiale medier');
    const long = 'x'.repeat(20_001);
    await type(/^Begrunnelse \(påkrevd/, long);
    expect(screen.getByRole('alert').textContent).toContain('Teksten er for lang');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Begrunnelse \(påkrevd/).value).toBe(long);
    expect(answers()['tjenesteomrade']).toEqual({ value: 'ja', justification: '' });
  });
});
