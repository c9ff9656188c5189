import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test, expect, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The register's pages (issue 16): an article page with status, «sist
 * kontrollert», official sources, related articles, previous/next and its
 * chapter; the chapter and whole-regulation pages; the overview's filters
 * without JavaScript of ours; laws and cases; /rettskilder.json. Tagged
 * @underkatalog: links must work under the intranet sub-path too.
 */

const scriptsOf = (page: Page) =>
  page
    .locator('script[src]')
    .evaluateAll((s) => s.map((x) => new URL((x as HTMLScriptElement).src).pathname.replace(/^.*\/_astro\//, '')).sort());

test('@underkatalog en artikkelside viser status, sist kontrollert, offisiell kilde, beslektede artikler, forrige/neste og kapittelet', async ({
  page,
  baseURL,
  offsite,
  pageErrors,
}) => {
  await page.goto('gdpr/artikkel-17/');
  await expect(page.locator('main h1')).toHaveText('Art. 17 Rett til sletting («rett til å bli glemt»)');
  const facts = page.locator('main .register-facts');
  await expect(facts.locator('dt', { hasText: 'Status' }).locator('+ dd')).toHaveText('I kraft');
  await expect(facts.locator('dt', { hasText: 'Sist kontrollert' })).toBeVisible();
  await expect(facts.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  for (const id of ['kort-fortalt', 'sammendrag', 'for-kommunen', 'omtalt-i', 'kilder'])
    await expect(page.locator(`main h2#${id}`)).toBeVisible();
  await expect(page.locator('main .register-sources a').first()).toHaveAttribute(
    'href',
    'https://lovdata.no/dokument/NL/lov/2018-06-15-38/gdpr/ARTIKKEL_17',
  );
  await expect(page.locator('main .register-sources a').nth(1)).toHaveAttribute('href', /CELEX:32016R0679$/);
  await expect(page.locator('main .register-kind a')).toHaveAttribute('href', `${new URL(baseURL!).pathname}gdpr/kapittel-iii/`);
  const pager = page.getByRole('navigation', { name: 'Artikler i forordningen' });
  await expect(pager.locator('a[rel="prev"]')).toContainText('Art. 16 Rett til retting');
  await expect(pager.locator('a[rel="next"]')).toContainText('Art. 18 Rett til begrensning av behandling');
  await expectAccessible(page, 'artikkelside');
  // With the keyboard: focus «Neste artikkel» and follow it.
  await pager.locator('a[rel="next"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}gdpr/artikkel-18/`);
  // The last article has no next, the first no previous.
  await page.goto('gdpr/artikkel-99/');
  await expect(page.getByRole('navigation', { name: 'Artikler i forordningen' }).locator('a[rel="next"]')).toHaveCount(0);
  await page.goto('gdpr/artikkel-1/');
  await expect(page.getByRole('navigation', { name: 'Artikler i forordningen' }).locator('a[rel="prev"]')).toHaveCount(0);
  // An article without fuller treatment shows «Kort fortalt» but no «for kommunen».
  await page.goto('gdpr/artikkel-73/');
  await expect(page.locator('main h2#kort-fortalt')).toBeVisible();
  await expect(page.locator('main h2#for-kommunen')).toHaveCount(0);
  await expect(page.locator('main .register-facts')).toContainText('I kraft');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('@underkatalog registersidene laster ikke mer JavaScript enn en vanlig innholdsside', async ({ page }) => {
  await page.goto('veileder/1-innledning/');
  const content = await scriptsOf(page);
  for (const path of ['gdpr/artikkel-35/', 'gdpr/kapittel-iv/', 'gdpr/', 'lover/arkivlova/', 'dommer/t-553-23/', 'oppslag/rettskilder/']) {
    await page.goto(path);
    expect(await scriptsOf(page), path).toEqual(content);
  }
});

test('@underkatalog kapittelsiden og hele forordningen viser avsnitt og artikler med offisielle overskrifter', async ({
  page,
  baseURL,
}) => {
  await page.goto('gdpr/kapittel-iii/');
  await expect(page.locator('main h1')).toHaveText('Kapittel III Den registrertes rettigheter');
  await expect(page.locator('main h2')).toHaveText([
    'Avsnitt 1 Åpenhet og vilkår',
    'Avsnitt 2 Informasjon og innsyn i personopplysninger',
    'Avsnitt 3 Retting og sletting',
    'Avsnitt 4 Rett til å protestere og automatiserte individuelle avgjørelser',
    'Avsnitt 5 Begrensninger',
  ]);
  await expect(page.locator('main a.register-overview-title')).toHaveCount(12);
  await expectAccessible(page, 'kapittelside');
  await page.goto('gdpr/');
  await expect(page.locator('main h2')).toHaveCount(11);
  await expect(page.locator('main a.register-overview-title')).toHaveCount(99);
  await page.locator('main a.register-overview-title', { hasText: /^Art\. 45 / }).click();
  await expect(page).toHaveURL(`${baseURL}gdpr/artikkel-45/`);
});

test('@underkatalog oversikten filtrerer på kapittel og «relevant for kommunen» med lenker, uten eget skript', async ({
  page,
  baseURL,
}) => {
  await page.goto('oppslag/rettskilder/');
  const filters = page.getByRole('navigation', { name: 'Vis artiklene' });
  await filters.getByRole('link', { name: /^Bare de som er relevante for kommunen/ }).click();
  await expect(page).toHaveURL(`${baseURL}oppslag/rettskilder/#relevante-for-kommunen`);
  const relevant = page.locator('main h3#relevante-for-kommunen ~ ul.register-overview-list').first().locator('li');
  await expect(relevant).toHaveCount(55);
  await filters.getByRole('link', { name: 'Kapittel VIII Rettsmidler, ansvar og sanksjoner' }).click();
  await expect(page).toHaveURL(`${baseURL}oppslag/rettskilder/#kapittel-viii`);
  await expect(page.locator('main h3#kapittel-viii')).toBeInViewport();
  await expect(page.locator('main h3#kapittel-viii + p + ul li')).toHaveCount(8);
  await expectAccessible(page, 'oversikten over rettskilder');
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, 'oversikten, 320 px');
});

test('@underkatalog lover og avgjørelser viser status, sist kontrollert, kilde og merknad', async ({ page }) => {
  await page.goto('lover/arkivlova/');
  await expect(page.locator('main h1')).toHaveText('Arkivlova');
  await expect(page.locator('main .register-kind')).toContainText('Lov om dokumentasjon og arkiv');
  await expect(page.locator('main .register-sources a')).toHaveAttribute('href', 'https://lovdata.no/dokument/NL/lov/2025-06-20-96');
  await expect(page.locator('main .register-facts')).toContainText('I kraft');
  await page.goto('dommer/t-553-23/');
  await expect(page.locator('main h1')).toHaveText('T-553/23 Latombe mot Europakommisjonen');
  await expect(page.locator('main .register-facts')).toContainText('Anket til EU-domstolen');
  await expect(page.locator('main .register-sources a')).toHaveAttribute('href', 'https://curia.europa.eu/juris/liste.jsf?num=T-553/23');
  await expectAccessible(page, 'avgjørelse');
  await page.goto('dommer/datatilsynet-meta-2023/');
  await expect(page.locator('main .register-facts')).toContainText('Ikke lenger i kraft');
});

test('@underkatalog /rettskilder.json følger sitt JSON Schema og har adresser med grunnstien', async ({ request, baseURL }) => {
  const json = (await (await request.get('rettskilder.json')).json()) as { articles: { url: string }[] };
  const schema = (await (await request.get('rettskilder.schema.json')).json()) as object;
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  expect(json.articles).toHaveLength(99);
  const base = new URL(baseURL!).pathname;
  expect(json.articles[16]).toMatchObject({ number: 17, chapter: { number: 'III' }, url: `${base}gdpr/artikkel-17/` });
  const page = await request.get(json.articles[16].url.slice(base.length));
  expect(page.status()).toBe(200);
});
