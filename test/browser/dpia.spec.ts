import { test, expect, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes, tabTo } from './tool-helpers';
import type { Assessment } from '../../src/lib/model/schema';

test.describe.configure({ timeout: 300_000 });

/** Creates an assessment with the keyboard only, in the assessment bar of a tool page. */
async function createByKeyboard(page: Page, platform: string, unit: string) {
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await tabTo(page, bar.getByLabel('Plattform'));
  await page.keyboard.type(platform);
  await page.keyboard.press('Tab');
  await page.keyboard.type(unit);
  await page.keyboard.press('Enter');
  await expect(bar.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText(`${platform} – ${unit}`);
}

/** The stored assessment (the only one in these tests). */
async function stored(page: Page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^some-veilederen:v\d+:vurdering:/.test(k))!;
    return JSON.parse(localStorage.getItem(key)!) as Assessment;
  });
}

/**
 * No sideways scrolling at 320 px, and axe at that width in both themes. Starlight
 * hides the theme picker in the mobile menu at 320 px, so each theme is chosen at
 * full width first; the viewport is put back.
 */
async function narrowCheck(page: Page, state: string) {
  const select = page.locator('starlight-theme-select select >> visible=true').first();
  for (const theme of ['light', 'dark'] as const) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await select.selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.setViewportSize({ width: 320, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
        message: `vannrett rulling ved 320 px: ${state}`,
      })
      .toBeLessThanOrEqual(0);
    await expectAccessible(page, `${state} ved 320 px (${theme === 'light' ? 'lyst' : 'mørkt'} tema)`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('forsiden har «Start en vurdering», som åpner skjemaet på Mine vurderinger', async ({ page, offsite, pageErrors }) => {
  await page.goto('');
  const start = page.getByRole('link', { name: 'Start en vurdering' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/verktoy\/mine-vurderinger\/\?ny$/);
  await expect(page.getByLabel('Plattform')).toBeFocused();
  await page.keyboard.type('Instagram');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Biblioteket');
  await page.keyboard.press('Enter');
  const steps = page.getByRole('navigation', { name: /Stegene i vurderingen/ });
  await expect(steps.getByRole('listitem')).toHaveText([
    'Trenger vi en DPIA?: ikke påbegynt',
    'Beskrivelse av behandlingen: ikke påbegynt',
    'Behandlingsgrunnlag: ikke påbegynt',
    'Nødvendighet og forholdsmessighet: ikke påbegynt',
    'Risikovurdering: ikke påbegynt',
    'Medvirkning og råd: ikke påbegynt',
    'Ledelsens beslutning og godkjenning: ikke påbegynt',
    'Rapport: ikke påbegynt',
  ]);
  await expect(steps.getByText('Neste steg:')).toContainText('Trenger vi en DPIA?');
  await expectAccessibleInBothThemes(page, 'Mine vurderinger med stien');
  await narrowCheck(page, 'Mine vurderinger');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Trenger vi en DPIA? med bare tastaturet, lagret etter ny innlasting', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/screening/');
  await expect(page.getByText('Datatilsynet har i tillegg en liste', { exact: false })).toBeVisible();
  await createByKeyboard(page, 'Instagram', 'Biblioteket');
  await expectAccessibleInBothThemes(page, 'tom screening');
  // Criterion 1 and 7 «ja», the rest «nei», by arrow keys in each group.
  const criteria = page.locator('.dpia-list > li');
  await expect(criteria).toHaveCount(9);
  for (let i = 0; i < 9; i++) {
    const group = criteria.nth(i).getByRole('group');
    await tabTo(page, group.getByLabel('Ja'));
    await page.keyboard.press('Space');
    if (i !== 0 && i !== 6) {
      await page.keyboard.press('ArrowRight');
      await expect(group.getByLabel('Nei')).toBeChecked();
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Notat ${i + 1}`);
  }
  await expect(page.getByText(/2 av 9 kriterier er oppfylt.*tommelfingerregelen i retningslinjene \(WP248\)/i)).toBeVisible();
  const result = page.getByRole('group', { name: 'Hva konkluderer kommunen med?' });
  await tabTo(page, result.getByLabel(/^Påkrevd/));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Begrunnelse for resultatet')).toBeFocused();
  await page.keyboard.type('Evaluering og sårbare registrerte: to kriterier.');
  await expect(
    page
      .getByRole('navigation', { name: /Stegene/ })
      .getByRole('listitem')
      .first(),
  ).toHaveText('Trenger vi en DPIA?: ferdig');
  await expectAccessibleInBothThemes(page, 'utfylt screening');
  await narrowCheck(page, 'screening');

  await page.reload();
  await expect(page.getByLabel('Begrunnelse for resultatet')).toHaveValue('Evaluering og sårbare registrerte: to kriterier.');
  await expect(result.getByLabel(/^Påkrevd/)).toBeChecked();
  await expect(page.getByLabel('Notat: sårbare registrerte')).toHaveValue('Notat 7');
  const a = await stored(page);
  expect(a.screening.result).toBe('pakrevd');
  expect(a.screening.criteria.sarbare).toEqual({ answer: 'ja', note: 'Notat 7' });
  expect(a.screening.criteria['stor-skala']).toEqual({ answer: 'nei', note: 'Notat 5' });
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Beskrivelse av behandlingen med bare tastaturet, med dataflyt, lagret etter ny innlasting', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/beskrivelse/');
  await createByKeyboard(page, 'Instagram', 'Biblioteket');
  await expectAccessibleInBothThemes(page, 'tom beskrivelse');
  await tabTo(page, page.getByLabel('Formål', { exact: true }));
  await page.keyboard.type('Nå unge lånere med arrangementer.');
  for (const [label, value] of [
    ['Art: hvordan opplysningene behandles', 'Innlegg, kommentarer og sidestatistikk.'],
    ['Omfang', 'Om lag 2 000 følgere.'],
    ['Sammenheng', 'Mange følgere er unge.'],
  ] as const) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
    await page.keyboard.type(value);
  }
  // A data category, marked special, by keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Legg til kategori' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Kategorier av personopplysninger: navn 1')).toBeFocused();
  await page.keyboard.type('Helseopplysninger i kommentarer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Legg til gruppe' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('De registrerte: navn 1')).toBeFocused();
  await page.keyboard.type('Barn og unge');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  // Features: comments in use, the rest not.
  const comments = page.getByRole('group', { name: 'Kommentarer og reaksjoner' });
  await tabTo(page, comments.getByLabel('I bruk', { exact: true }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Lagring og sletting, arkivering medregnet'));
  await page.keyboard.type('Innlegg arkiveres før sletting.');
  const flow = page.locator('.dpia-flow');
  await expect(flow).toContainText('Helseopplysninger i kommentarer (særlig kategori, art. 9)');
  await expect(flow).toContainText('alle som besøker siden');
  await expect(flow).toContainText('Barn eller sårbare grupper: Barn og unge');
  await expectAccessibleInBothThemes(page, 'utfylt beskrivelse');
  await narrowCheck(page, 'beskrivelse');

  await page.reload();
  await expect(page.getByLabel('Formål', { exact: true })).toHaveValue('Nå unge lånere med arrangementer.');
  await expect(page.getByLabel('Kategorier av personopplysninger: navn 1')).toHaveValue('Helseopplysninger i kommentarer');
  await expect(comments.getByLabel('I bruk', { exact: true })).toBeChecked();
  const a = await stored(page);
  expect(a.description.dataCategories[0]).toMatchObject({ name: 'Helseopplysninger i kommentarer', special: true });
  expect(a.description.dataSubjects[0]).toMatchObject({ name: 'Barn og unge', vulnerable: true });
  expect(a.description.features.kommentarer.inUse).toBe(true);
  expect(a.description.retention).toBe('Innlegg arkiveres før sletting.');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Nødvendighet og forholdsmessighet med bare tastaturet, med svarene fra veiviseren, lagret etter ny innlasting', async ({
  page,
  offsite,
  pageErrors,
}) => {
  await page.goto('verktoy/nodvendighet/');
  await createByKeyboard(page, 'Instagram', 'Biblioteket');
  await expect(page.getByText('Ikke besvart i veiviseren for behandlingsgrunnlag ennå.').first()).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tom nødvendighet');
  await tabTo(page, page.getByLabel('Dataminimering: hvilke funksjoner er slått av, og hvorfor'));
  await page.keyboard.type('Direktemeldinger er slått av.');
  const website = page.getByRole('group', { name: 'Kommunens eget nettsted' });
  await tabTo(page, website.getByLabel('Valgt, brukes også'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Hvorfor: kommunens eget nettsted'));
  await page.keyboard.type('Nettstedet er hovedkanalen.');
  await expectAccessibleInBothThemes(page, 'utfylt nødvendighet');
  await narrowCheck(page, 'nødvendighet');
  await page.reload();
  await expect(page.getByLabel('Dataminimering: hvilke funksjoner er slått av, og hvorfor')).toHaveValue('Direktemeldinger er slått av.');
  await expect(website.getByLabel('Valgt, brukes også')).toBeChecked();
  const a = await stored(page);
  expect(a.necessity.alternatives.nettsted).toEqual({ chosen: true, reason: 'Nettstedet er hovedkanalen.' });
  // An answer in the checklists shows under the field it belongs to, read-only, with a link to where it is changed.
  const field = page.locator('.dpia-necessity-field').filter({ has: page.getByLabel('Ordningen med plattformen (art. 26)') });
  await expect(field.getByRole('listitem').filter({ hasText: 'Har dere en ordning med leverandøren' })).toContainText('Ikke besvart');
  await page.goto('verktoy/sjekklister/');
  await page
    .getByRole('group', { name: /Har dere en ordning med leverandøren/ })
    .getByLabel('Delvis', { exact: true })
    .check();
  await page.goto('verktoy/nodvendighet/');
  await expect(field.getByRole('listitem').filter({ hasText: 'Har dere en ordning med leverandøren' })).toContainText('Delvis');
  await expectAccessibleInBothThemes(page, 'nødvendighet med svar fra sjekklistene');
  await field.getByRole('link', { name: 'sjekklistene' }).click();
  await expect(page).toHaveURL(/\/verktoy\/sjekklister\/$/);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Medvirkning og råd med bare tastaturet, lagret etter ny innlasting', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/medvirkning/');
  await createByKeyboard(page, 'Instagram', 'Biblioteket');
  await expectAccessibleInBothThemes(page, 'tom medvirkning');
  await tabTo(page, page.getByRole('textbox', { name: 'Personvernombudets råd' }));
  await page.keyboard.type('Gjennomfør, men steng direktemeldinger.');
  await tabTo(page, page.getByRole('button', { name: 'Legg til', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Hvem (navn, rolle eller organ)')).toBeFocused();
  await page.keyboard.type('Personvernombudet i kommunen');
  await tabTo(page, page.getByLabel('Hva de sa'));
  await page.keyboard.type('Anbefalte å stenge meldinger.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Meldinger er stengt.');
  await expect(page.getByRole('heading', { name: '1. Personvernombudet (Personvernombudet i kommunen)' })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'utfylt medvirkning');
  await narrowCheck(page, 'medvirkning');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Personvernombudets råd' })).toHaveValue('Gjennomfør, men steng direktemeldinger.');
  await expect(page.getByLabel('Hvordan dere fulgte det opp')).toHaveValue('Meldinger er stengt.');
  const a = await stored(page);
  expect(a.consultation.entries[0]).toMatchObject({
    party: 'personvernombud',
    who: 'Personvernombudet i kommunen',
    summary: 'Anbefalte å stenge meldinger.',
  });
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('godkjenning og gjennomgang med bare tastaturet: neste gjennomgang tolv måneder fram, lagret etter ny innlasting', async ({
  page,
  offsite,
  pageErrors,
}) => {
  await page.goto('verktoy/ledelsesbeslutning/');
  await createByKeyboard(page, 'Instagram', 'Biblioteket');
  const signOff = page.getByRole('region', { name: 'Godkjenning og gjennomgang' });
  await expect(signOff).toBeVisible();
  await expectAccessibleInBothThemes(page, 'tom godkjenning');
  await tabTo(page, signOff.getByLabel('Navnet til den som godkjenner'));
  await page.keyboard.type('Kari Nordmann');
  // A native date field's segment order follows the browser's locale, so the date is set, not typed.
  await signOff.getByLabel('Dato for godkjenningen').fill('2026-12-01');
  await signOff.getByLabel('Dato for godkjenningen').blur();
  await expect(signOff.getByLabel('Neste gjennomgang', { exact: true })).toHaveValue('2027-12-01');
  await tabTo(page, signOff.getByLabel('Ansvarlig for neste gjennomgang'));
  await page.keyboard.type('Kommunikasjonssjefen');
  await expectAccessibleInBothThemes(page, 'utfylt godkjenning');
  await narrowCheck(page, 'godkjenning');
  await page.reload();
  await expect(signOff.getByLabel('Navnet til den som godkjenner')).toHaveValue('Kari Nordmann');
  await expect(signOff.getByLabel('Neste gjennomgang', { exact: true })).toHaveValue('2027-12-01');
  const a = await stored(page);
  expect(a.signOff).toMatchObject({
    approverName: 'Kari Nordmann',
    date: '2026-12-01',
    nextReview: '2027-12-01',
    reviewOwner: 'Kommunikasjonssjefen',
  });
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Mine vurderinger viser vurderinger som skal gjennomgås', async ({ page, offsite, pageErrors }) => {
  await page.clock.setFixedTime(new Date('2027-12-20T10:00:00'));
  await page.goto('verktoy/ledelsesbeslutning/');
  await createByKeyboard(page, 'Facebook', 'Kultur');
  const signOff = page.getByRole('region', { name: 'Godkjenning og gjennomgang' });
  await signOff.getByLabel('Ansvarlig for neste gjennomgang').fill('Kari');
  await signOff.getByLabel('Neste gjennomgang', { exact: true }).fill('2027-12-01');
  await page.goto('verktoy/mine-vurderinger/');
  const due = page.getByRole('region', { name: 'Vurderinger som skal gjennomgås' });
  await expect(due).toContainText('Forfalt: «Facebook – Kultur», neste gjennomgang 01.12.2027, ansvarlig Kari.');
  await expectAccessibleInBothThemes(page, 'Mine vurderinger med forfalt gjennomgang');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
