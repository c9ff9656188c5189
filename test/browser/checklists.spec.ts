import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { expectAccessibleInBothThemes, tabTo, createAssessmentInBar } from './tool-helpers';

// Many questions on one page, axe in two themes per state, on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });

// The number of questions in the list the test fills in, read from its data (content/sjekklister/).
const TOTAL = (parse(readFileSync('content/sjekklister/5-andre-regler.yaml', 'utf8')) as { items: unknown[] }).items.length;

test('en enhet fyller ut en hel sjekkliste, og svarene overlever omlasting', async ({ page, baseURL, offsite, pageErrors }) => {
  await page.goto('verktoy/sjekklister/');
  await expect(page.getByText('Velg eller opprett en vurdering over')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'uten vurdering');
  await createAssessmentInBar(page);

  const list = page.getByRole('region', { name: /Andre regler – arkiv, innsyn og saksbehandling/ });
  await expect(list.getByText(`0 av ${TOTAL} besvart`)).toBeVisible();
  await expectAccessibleInBothThemes(page, 'med tomme sjekklister');

  const questions = list.getByRole('group');
  const count = await questions.count();
  expect(count).toBe(TOTAL);
  // The first four answers are checked after the reload; the rest are «Ja».
  const answers = ['Ja', 'Nei', 'Delvis', 'Ikke relevant'];
  for (let i = 0; i < count; i++) {
    await questions
      .nth(i)
      .getByLabel(answers[i] ?? 'Ja', { exact: true })
      .check();
    await expect(list.getByText(`${i + 1} av ${TOTAL} besvart`)).toBeVisible();
  }
  await questions.nth(1).getByLabel('Kommentar').fill('Rutine for journalføring mangler; ansvarlig: arkivleder «Åse».');
  await expect(list.getByText('Ferdig')).toBeVisible();
  await expect(list.getByRole('progressbar')).toHaveAttribute('aria-label', new RegExp(`${TOTAL} av ${TOTAL} besvart`));
  // The link to the chapter keeps the site's base path.
  const href = await questions
    .first()
    .getByRole('link', { name: /Les mer/ })
    .getAttribute('href');
  expect(href).toBe(`${new URL(baseURL!).pathname}veileder/5-behandlingsgrunnlag/#53-andre-regler`);
  await expectAccessibleInBothThemes(page, 'med en ferdig sjekkliste');

  await page.reload();
  const again = page.getByRole('region', { name: /Andre regler/ });
  await expect(again.getByText(`${TOTAL} av ${TOTAL} besvart`)).toBeVisible();
  await expect(again.getByRole('group').nth(1).getByLabel('Kommentar')).toHaveValue(
    'Rutine for journalføring mangler; ansvarlig: arkivleder «Åse».',
  );
  await expect(again.getByRole('group').nth(3).getByLabel('Ikke relevant', { exact: true })).toBeChecked();
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^some-veilederen:v\d+:vurdering:/.test(k))!;
    return (JSON.parse(localStorage.getItem(key)!) as { checklists: Record<string, Record<string, unknown>> }).checklists['andre-regler'];
  });
  expect(Object.keys(stored)).toHaveLength(TOTAL);
  expect(stored.journalforing).toEqual({ answer: 'nei', comment: 'Rutine for journalføring mangler; ansvarlig: arkivleder «Åse».' });

  // Removing an answer lowers the progress again.
  await again.getByRole('group').first().getByRole('button', { name: 'Fjern svaret' }).click();
  await expect(again.getByText(`${TOTAL - 1} av ${TOTAL} besvart`)).toBeVisible();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('lenken til en liste (#prosess) viser den listen', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/sjekklister/');
  await createAssessmentInBar(page);
  await page.goto('verktoy/');
  await page.goto('verktoy/sjekklister/#prosess');
  await expect(page.getByRole('heading', { name: /Prosess og forankring i ledelsen/ })).toBeFocused();
  await expect(page.getByRole('heading', { name: /Prosess og forankring i ledelsen/ })).toBeInViewport();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('sjekklistene kan fylles ut bare med tastaturet', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/sjekklister/');
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await tabTo(page, bar.getByLabel('Plattform'));
  await page.keyboard.type('Instagram');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Biblioteket');
  await page.keyboard.press('Enter');
  await expect(bar.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText('Instagram – Biblioteket');
  await expectAccessibleInBothThemes(page, 'tastatur: vurdering opprettet');

  const list = page.getByRole('region', { name: /Informasjonssikkerhet/ });
  const first = list.getByRole('group').first();
  // The overview's in-page link moves the keyboard's starting point to the list.
  const jump = page.getByRole('navigation', { name: /Sjekklistene for/ }).getByRole('link', { name: 'Informasjonssikkerhet' });
  await tabTo(page, jump);
  await page.keyboard.press('Enter');
  await tabTo(page, first.getByLabel('Ja', { exact: true }), 6);
  await page.keyboard.press('Space');
  await expect(first.getByLabel('Ja', { exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(first.getByLabel('Delvis')).toBeChecked();
  await expect(list.getByText('1 av 12 besvart')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Fjern svaret' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first.getByLabel('Kommentar')).toBeFocused();
  await page.keyboard.type('Leverandøren viser til sikkerhetssenteret sitt.');
  await page.keyboard.press('Tab');
  const second = list.getByRole('group').nth(1);
  await expect(second.getByRole('link', { name: /Les mer/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(second.getByLabel('Ja', { exact: true })).toBeChecked();
  await expect(list.getByText('2 av 12 besvart')).toBeVisible();
  // The focused radio shows a visible outline.
  const outline = await second.getByLabel('Ja', { exact: true }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await expectAccessibleInBothThemes(page, 'tastatur: to svar');
  await expect(first.getByLabel('Kommentar')).toHaveValue('Leverandøren viser til sikkerhetssenteret sitt.');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

const INLINE: [string, string, string][] = [
  ['veileder/2-systematisk-beskrivelse/', 'systematisk-beskrivelse', 'Systematisk beskrivelse av behandlingen'],
  ['veileder/3-informasjonssikkerhet/', 'informasjonssikkerhet', 'Informasjonssikkerhet'],
  ['veileder/4-ansvarsforhold/', 'ansvarsforhold', 'Ansvarsforhold'],
  ['veileder/5-behandlingsgrunnlag/', 'andre-regler', 'Andre regler – arkiv, innsyn og saksbehandling'],
  ['veileder/6-overforing-til-utlandet/', 'overforing', 'Overføring til utlandet'],
  ['veileder/8-prosess-og-forankring/', 'prosess', 'Prosess og forankring i ledelsen'],
];

test('kapitlene viser sin sjekkliste uten JavaScript og lenker til verktøyet @underkatalog', async ({
  page,
  baseURL,
  offsite,
  pageErrors,
}) => {
  for (const [path, id, title] of INLINE) {
    await page.goto(path);
    const box = page.getByRole('region', { name: `Sjekkliste: ${title}` });
    await expect(box, path).toBeVisible();
    expect(await box.getByRole('listitem').count(), path).toBeGreaterThan(4);
    await expect(box.getByRole('radio')).toHaveCount(0);
    const link = box.getByRole('link', { name: /Fyll ut sjekklisten i verktøyet/ });
    await expect(link).toHaveAttribute('href', `${new URL(baseURL!).pathname}verktoy/sjekklister/#${id}`);
    // Content pages carry no island of ours.
    await expect(page.locator('astro-island')).toHaveCount(0);
  }
  await expectAccessibleInBothThemes(page, 'kapittel 8 med sjekkliste');
  await page
    .getByRole('region', { name: 'Sjekkliste: Prosess og forankring i ledelsen' })
    .getByRole('link', { name: /Fyll ut sjekklisten/ })
    .click();
  await expect(page).toHaveURL(/verktoy\/sjekklister\/#prosess$/);
  await expect(page.getByRole('region', { name: 'Vurdering' })).toBeVisible();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('hver «Les mer»-lenke i sjekklistene fører til et avsnitt som finnes @underkatalog', async ({ page, offsite, pageErrors }) => {
  await page.goto('verktoy/sjekklister/');
  await createAssessmentInBar(page);
  const hrefs = await page
    .getByRole('link', { name: /^Les mer i kapittel/ })
    .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    const url = new URL(href);
    const res = await page.request.get(url.origin + url.pathname);
    expect(res.status(), href).toBe(200);
    if (url.hash) {
      const id = decodeURIComponent(url.hash.slice(1));
      expect(await res.text(), `${href}: fant ikke id="${id}"`).toContain(`id="${id}"`);
    }
  }
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
