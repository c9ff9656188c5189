import { test, expect, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';
import { createAssessmentInBar } from './tool-helpers';

// Each test walks many steps with axe in two themes; on a shared, busy machine that takes time.
test.describe.configure({ timeout: 180_000 });

const wizard = (page: Page) => page.getByRole('region', { name: 'Veiviser for behandlingsgrunnlag' });
const live = (page: Page) => wizard(page).locator('.lb-live[role="status"]');
const outcome = (page: Page) => wizard(page).locator('.lb-outcome__basis');
const NONE = 'Foreløpig resultat: ikke noe behandlingsgrunnlag er tilgjengelig ennå.';

/** Sets Starlight's theme through its theme select (the value it stores), then checks with axe. */
async function axeBothThemes(page: Page, state: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => {
      for (const select of document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select')) {
        select.value = t;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectAccessible(page, `${state} (${theme === 'light' ? 'lyst' : 'mørkt'} tema)`);
  }
}

async function open(page: Page, platform: string, unit: string) {
  await page.goto('verktoy/behandlingsgrunnlag/');
  await createAssessmentInBar(page, platform, unit);
  await expect(wizard(page).getByText('Steg 1 av 10')).toBeVisible();
}

/** Chooses an option on the current step, writes the justification if given, and goes on. */
async function step(page: Page, option: string, justification?: [label: string, text: string]) {
  const w = wizard(page);
  await w.getByRole('radio', { name: option, exact: true }).check();
  if (justification) await w.getByLabel(justification[0], { exact: true }).fill(justification[1]);
  await w.getByRole('button', { name: /^(Neste|Se resultatet)$/ }).click();
}

const WHY = 'Begrunnelse (påkrevd ved ja)';
const OPPGAVE = 'Hvorfor er denne kommunikasjonen ikke en del av kommunens oppgaver? (påkrevd for bokstav f)';
const BARN = 'Vurderingen av barn og sårbare grupper (påkrevd; et kort «ja» er ikke nok)';

/** The steps after the role for a provider in the EU/EEA with everything in place. */
async function restInPlace(page: Page) {
  await step(page, 'Ja'); // arkiv
  await step(page, 'I EU/EØS');
  await step(page, 'Ja'); // felles behandlingsansvar
  await step(page, 'Ja, vi har bestemt det', ['Beskriv hva kommunen gjør (påkrevd ved ja)', 'Vi forklarer profilering på nettsidene.']);
  await step(page, 'Gjennomført');
}

async function expectLink(page: Page, name: string, path: string) {
  const href = await wizard(page).getByRole('link', { name, exact: true }).first().getAttribute('href');
  const base = new URL('.', page.url().replace(/verktoy\/behandlingsgrunnlag\/.*$/, ''));
  expect(new URL(href!, page.url()).href).toBe(new URL(path, base).href);
}

test('(e) uten og med supplerende rettsgrunnlag, og svarene overlever omlasting', async ({ page, offsite, pageErrors }) => {
  await open(page, 'Facebook', 'Kulturetaten');
  await axeBothThemes(page, 'første steg');
  await expect(live(page)).toHaveText(NONE);

  await step(page, 'Nei, ikke et slikt tjenesteområde');
  await step(page, 'Ren informasjonsvirksomhet');
  await step(page, 'Nei'); // sårbare grupper
  await step(page, 'Som offentlig myndighet eller for å utføre en oppgave i allmennhetens interesse');
  await expect(wizard(page).getByText('Steg 5 av 11')).toBeVisible();
  await step(page, 'Ja', [WHY, 'Informasjon om tjenestene er i allmennhetens interesse.']);
  await expect(wizard(page).getByText('Steg 6 av 12')).toBeVisible();
  await expect(wizard(page).getByText(/Bokstav e alene er ikke nok/)).toBeVisible();
  await axeBothThemes(page, 'supplerende rettsgrunnlag');
  await step(page, 'Nei, vi har ikke funnet noe');
  await restInPlace(page);

  const w = wizard(page);
  await expect(w.getByText('Steg 12 av 12')).toBeVisible();
  await expect(outcome(page)).toHaveText('✕ Ikke noe behandlingsgrunnlag er tilgjengelig ennå');
  await expect(w.getByText(/ikke tilgjengelig uten et supplerende rettsgrunnlag \(art\. 6 nr\. 3\)/)).toBeVisible();
  await expect(live(page)).toHaveText(NONE);
  await expectLink(page, 'art. 6 nr. 3', 'gdpr/artikkel-6/');
  await expectLink(page, 'arkivlova', 'lover/arkivlova/');
  await expectLink(page, 'offentleglova', 'lover/offentleglova/');
  await expectLink(page, 'art. 35 nr. 1', 'gdpr/artikkel-35/');
  await expectLink(page, 'Gå til risikovurderingen', 'verktoy/risikovurdering/');
  await axeBothThemes(page, 'resultat uten grunnlag');

  await page.reload();
  await expect(wizard(page).getByText('Steg 12 av 12')).toBeVisible();
  await expect(outcome(page)).toHaveText('✕ Ikke noe behandlingsgrunnlag er tilgjengelig ennå');

  // Go back, name the supplementary basis, and the result changes to (e).
  await wizard(page).getByRole('button', { name: 'Endre svaret på «Supplerende rettsgrunnlag»' }).click();
  await expect(wizard(page).getByText('Steg 6 av 12')).toBeVisible();
  await wizard(page).getByRole('radio', { name: 'Ja, vi har funnet et supplerende rettsgrunnlag' }).check();
  // Named is not enough: «vet ikke» is no provision, and the art. 6 nr. 3 checks must be answered.
  await wizard(page).getByLabel('Lov (for eksempel kommuneloven)').fill('vet ikke');
  await expect(wizard(page).locator('.lb-supp-status')).toContainText('Ikke avklart');
  await expect(live(page)).toHaveText(NONE);
  await wizard(page).getByLabel('Lov (for eksempel kommuneloven)').fill('kommuneloven');
  await wizard(page).getByLabel('Paragraf (for eksempel § 4-1)').fill('§ 4-1');
  await expect(wizard(page).locator('.lb-supp-status')).toContainText('Ikke avklart: svar på om bestemmelsen dekker formålet');
  await wizard(page)
    .getByRole('group', { name: 'Dekker bestemmelsen formålet med denne bruken av sosiale medier?' })
    .getByLabel('Ja')
    .check();
  await wizard(page)
    .getByRole('group', { name: 'Er bestemmelsen klar og forutsigbar nok for denne behandlingen?' })
    .getByLabel('Ja')
    .check();
  await wizard(page)
    .getByLabel('Kommunens vurdering av de to spørsmålene')
    .fill('Plikten til å informere aktivt dekker informasjon om kulturtilbudet.');
  await expect(wizard(page).locator('.lb-supp-status')).toContainText('Avklart: kommuneloven § 4-1');
  await expect(live(page)).toHaveText('Foreløpig resultat: svarene peker mot art. 6 nr. 1 bokstav e.');
  await axeBothThemes(page, 'supplerende rettsgrunnlag utfylt');
  await wizard(page).getByRole('button', { name: 'Resultat', exact: true }).click();
  await expect(outcome(page)).toHaveText('✓ Behandlingsgrunnlag: art. 6 nr. 1 bokstav e');
  await expect(wizard(page).getByText(/Supplerende rettsgrunnlag:.*Avklart: kommuneloven § 4-1/)).toBeVisible();
  await axeBothThemes(page, 'resultat med bokstav e');

  await page.reload();
  await expect(outcome(page)).toHaveText('✓ Behandlingsgrunnlag: art. 6 nr. 1 bokstav e');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('(f) med sårbare grupper og leverandør i tredjeland uten adekvansbeslutning', async ({ page, offsite, pageErrors }) => {
  await open(page, 'TikTok', 'Ungdomstjenesten');
  await step(page, 'Nei, ikke et slikt tjenesteområde');
  await step(page, 'Ren informasjonsvirksomhet');
  await step(page, 'Ja', ['Hvilke grupper, og hvorfor (valgfritt)', 'Barn og unge']);
  await step(page, 'Som del av kommunens kommunikasjonsstrategi, ikke som myndighetsutøvelse');
  await expectLink(page, 'art. 6 nr. 1 andre ledd', 'gdpr/artikkel-6/');
  await step(page, 'Nei, og vi begrunner skriftlig hvorfor den ikke er det', [
    OPPGAVE,
    'Rekruttering til ungdomsrådet er et frivillig tiltak, ikke en lovpålagt oppgave.',
  ]);

  await expect(wizard(page).getByText('Momenter i avveiingen')).toHaveCount(0);
  await step(page, 'Ja', [WHY, 'Nå ungdom med informasjon om tilbudene.']);
  await step(page, 'Ja', [WHY, 'Målgruppen bruker i liten grad andre kanaler.']);
  await expect(wizard(page).getByText('Momenter i avveiingen')).toBeVisible();
  await axeBothThemes(page, 'interesseavveining');
  await step(page, 'Ja', ['Begrunnelse for avveiingen (påkrevd ved ja)', 'Ikke kommersielle formål; del av strategien.']);
  // The channel reaches children: the balancing test asks about them, and a bare «ja» does not pass.
  await expect(wizard(page).getByText(/veier særlig tungt når den registrerte er et barn/)).toBeVisible();
  await wizard(page).getByRole('radio', { name: 'Vi har vurdert dem særskilt, og interessen veier likevel tyngst' }).check();
  await wizard(page).getByLabel(BARN, { exact: true }).fill('ja');
  await expect(live(page)).toHaveText(NONE);
  await wizard(page).getByLabel(BARN, { exact: true }).fill('Bare ungdom over 13 år; ingen bilder av barn, og meldinger er slått av.');
  await expect(live(page)).toHaveText('Foreløpig resultat: svarene peker mot art. 6 nr. 1 bokstav f.');
  await wizard(page).getByRole('button', { name: 'Neste', exact: true }).click();

  await step(page, 'Ja'); // arkiv
  await wizard(page).getByRole('radio', { name: 'Utenfor EU/EØS, i et land uten adekvansbeslutning' }).check();
  await expect(wizard(page).getByText(/trengs et gyldig overføringsgrunnlag/)).toBeVisible();
  await expectLink(page, 'art. 44–49', 'gdpr/artikkel-44/');
  await axeBothThemes(page, 'tredjeland');
  await wizard(page).getByRole('button', { name: 'Neste', exact: true }).click();
  await step(page, 'Nei, ikke ennå'); // overføringsgrunnlag
  await step(page, 'Nei'); // felles behandlingsansvar
  await step(page, 'Nei, ikke ennå'); // informasjonsplikt
  await expect(wizard(page).getByRole('link', { name: 'Gå til risikovurderingen' })).toBeVisible();
  await step(page, 'Ikke startet');

  const w = wizard(page);
  await expect(w.getByText('Steg 16 av 16')).toBeVisible();
  await expect(outcome(page)).toHaveText('✓ Behandlingsgrunnlag: art. 6 nr. 1 bokstav f');
  await expect(w.locator('.lb-marks')).toContainText("KS' syn, omstridt");
  await expect(w.getByText(/mangler i tillegg et gyldig overføringsgrunnlag/)).toBeVisible();
  await expect(w.getByText('Finn et gyldig overføringsgrunnlag (art. 44–49).')).toBeVisible();
  await expect(w.getByText(/supplerende tiltakene og garantiene/)).toBeVisible();
  await expect(w.getByText('Få på plass en ordning for felles behandlingsansvar med leverandøren (art. 26).')).toBeVisible();
  await expect(w.getByText(/Kanalen kan nå sårbare grupper\. Dette tas med i risikovurderingen/)).toBeVisible();
  await axeBothThemes(page, 'resultat med bokstav f');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('frarådet tjenesteområde og bruk som ligner saksbehandling', async ({ page, offsite, pageErrors }) => {
  await open(page, 'Facebook', 'Barnevernet');
  const w = wizard(page);
  await w.getByRole('radio', { name: 'Ja, et tjenesteområde der KS fraråder sosiale medier' }).check();
  await expect(w.getByText(/KS fraråder sosiale medier i tjenesteområder/)).toBeVisible();
  await expect(live(page)).toContainText('KS fraråder sosiale medier i dette tjenesteområdet');
  await w.getByRole('button', { name: 'Neste', exact: true }).click();
  const alert = w.getByRole('alert');
  await expect(alert).toContainText('Skriv en begrunnelse hvis dere likevel vil fortsette');
  const field = w.getByLabel('Begrunnelse (påkrevd hvis dere vil fortsette i et tjenesteområde KS fraråder)');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-describedby', 'lb-step-error');
  await expect(w.getByText('Steg 1 av 10')).toBeVisible();
  await axeBothThemes(page, 'frarådet uten begrunnelse');

  await field.fill('Vi informerer bare om åpningstider og kontaktinformasjon.');
  await w.getByRole('button', { name: 'Neste', exact: true }).click();
  await expect(w.getByText('Steg 2 av 10')).toBeVisible();
  await w.getByRole('radio', { name: 'Noe som ligner saksbehandling eller dialog om enkeltsaker' }).check();
  await expect(w.getByText(/gjelder reglene i forvaltningsloven/)).toBeVisible();
  await expectLink(page, 'forvaltningsloven', 'lover/forvaltningsloven/');
  await axeBothThemes(page, 'saksbehandling');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/** Presses Tab until the focused element matches the selector (and contains the text, if given). */
async function tabTo(page: Page, selector: string, text = '') {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([s, t]) => !!document.activeElement?.matches(s) && (document.activeElement.textContent ?? '').includes(t),
      [selector, text],
    );
    if (found) return;
  }
  throw new Error(`Fant ikke ${selector} med Tab`);
}
const NEXT = 'button.button:not(.secondary):not(.lb-edit)';

test('hele (f)-stien med bare tastaturet, i mørkt tema', async ({ page, offsite, pageErrors }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('verktoy/behandlingsgrunnlag/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await expect(bar.getByLabel('Plattform')).toBeVisible();
  await tabTo(page, '#new-platform');
  await page.keyboard.type('Instagram');
  await tabTo(page, '#new-unit');
  await page.keyboard.type('Biblioteket');
  await page.keyboard.press('Enter');
  await expect(wizard(page).getByText('Steg 1 av 10')).toBeVisible();

  const radio = async (name: string, keys: string[]) => {
    await tabTo(page, `input[type=radio][name="lb-${name}"]`);
    for (const key of keys) await page.keyboard.press(key);
  };
  const justify = async (name: string, text: string) => {
    await tabTo(page, `#lb-just-${name}`);
    await page.keyboard.type(text);
  };
  const next = async () => {
    await tabTo(page, NEXT);
    await page.keyboard.press('Enter');
    await expect(page.locator('#lb-step-heading')).toBeFocused();
  };

  await radio('tjenesteomrade', ['Space']);
  await next();
  await radio('bruk', ['Space']);
  await next();
  await radio('malgruppe', ['Space', 'ArrowDown']); // Ja, then Nei
  await next();
  await radio('rolle', ['Space', 'ArrowDown']); // myndighet, then kommunikasjon
  await expect(wizard(page).getByRole('radio', { name: /kommunikasjonsstrategi/ })).toBeChecked();
  await next();
  await radio('f-oppgave', ['Space', 'ArrowDown']); // oppgave, then ikke-oppgave
  await justify('f-oppgave', 'Lesekampanjen for voksne er et frivillig tilbud, ikke en lovpålagt oppgave.');
  await next();
  for (const q of ['f-interesse', 'f-nodvendig', 'f-avveiing']) {
    await radio(q, ['Space']);
    await justify(q, `Begrunnelse for ${q}.`);
    await next();
  }
  await expect(live(page)).toHaveText('Foreløpig resultat: svarene peker mot art. 6 nr. 1 bokstav f.');
  await radio('arkiv', ['Space']);
  await next();
  await radio('leverandor', ['Space']);
  await next();
  await radio('felles-ansvar', ['Space']);
  await next();
  await radio('informasjonsplikt', ['Space']);
  await justify('informasjonsplikt', 'Tips om innstillinger på nettsidene.');
  await next();
  await radio('dpia', ['Space']);
  await expect(wizard(page).getByRole('radio', { name: 'Gjennomført' })).toBeChecked();
  await next();

  await expect(wizard(page).getByText('Steg 14 av 14')).toBeVisible();
  await expect(outcome(page)).toHaveText('✓ Behandlingsgrunnlag: art. 6 nr. 1 bokstav f');
  await expectAccessible(page, 'resultat etter tastaturstien (mørkt tema)');

  // Back with the keyboard: change the balancing to "Nei", and the result changes.
  await tabTo(page, 'button.lb-edit', 'Interesseavveining');
  await page.keyboard.press('Enter');
  await expect(wizard(page).getByText('Steg 8 av 14')).toBeVisible();
  // The step's heading takes focus first (as after every move); tab on from there.
  await expect(page.locator('#lb-step-heading')).toBeFocused();
  await radio('f-avveiing', ['ArrowDown']);
  await expect(wizard(page).getByRole('radio', { name: 'Nei' })).toBeChecked();
  await expect(live(page)).toHaveText(NONE);
  await expectAccessible(page, 'endret svar (mørkt tema)');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test("«kommunikasjonsstrategi»: KS' syn merket omstridt, påkrevd begrunnelse og bokstav e-veien med kommuneloven § 4-1", async ({
  page,
  offsite,
  pageErrors,
}) => {
  await open(page, 'Facebook', 'Kommunikasjonsavdelingen');
  await step(page, 'Nei, ikke et slikt tjenesteområde');
  await step(page, 'Ren informasjonsvirksomhet');
  await step(page, 'Nei'); // sårbare grupper
  await step(page, 'Som del av kommunens kommunikasjonsstrategi, ikke som myndighetsutøvelse');
  const w = wizard(page);
  await expect(w.locator('#lb-step-heading')).toHaveText('Del av kommunens oppgaver?');
  // KS's view, labelled as KS's and as contested, beside the rule of law.
  await expect(w.getByText(/^KS mener at valget av kommunikasjonsplattform.*Dette er KS' syn, og det er omstridt/)).toBeVisible();
  await expect(w.getByText(/Advarsel \(KS' syn, omstridt\):/)).toBeVisible();
  await expect(w.getByText(/Det gjelder alle oppgavene, ikke bare myndighetsutøvelse/)).toBeVisible();
  // The bokstav e route with kommuneloven § 4-1 as a candidate the municipality must check.
  await expect(w.getByRole('radio', { name: /Vurder bokstav e, for eksempel med kommuneloven § 4-1/ })).toBeVisible();
  await expect(
    w.getByText(/Kommuneloven § 4-1 \(plikten til å informere aktivt om kommunens virksomhet\) er en mulig kandidat/),
  ).toBeVisible();
  await expectLink(page, 'kommuneloven', 'lover/kommuneloven/');
  await axeBothThemes(page, 'kommunikasjonsstrategi');

  // Bokstav f needs a written justification; a bare «ja» does not do.
  await w.getByRole('radio', { name: 'Nei, og vi begrunner skriftlig hvorfor den ikke er det' }).check();
  await w.getByLabel(OPPGAVE, { exact: true }).fill('ja');
  await w.getByRole('button', { name: 'Neste', exact: true }).click();
  await expect(w.getByRole('alert')).toContainText('Skriv hvorfor denne kommunikasjonen ikke er en del av kommunens oppgaver');
  await expect(w.locator('#lb-step-heading')).toHaveText('Del av kommunens oppgaver?');
  await axeBothThemes(page, 'kommunikasjonsstrategi uten begrunnelse');

  // The bokstav e route instead: the e questions follow.
  await w.getByRole('radio', { name: /Vurder bokstav e, for eksempel med kommuneloven § 4-1/ }).check();
  await w.getByRole('button', { name: 'Neste', exact: true }).click();
  await expect(w.locator('#lb-step-heading')).toHaveText('Nødvendig for oppgaven');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
