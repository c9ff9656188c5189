import { test, expect, expectAccessible, openSearch } from './fixtures';

// Tagged @underkatalog: runs at the root and under the intranet sub-path (the search-timing test at the root only).

test('sidefeltet, logoen og lenkene virker, også under en underkatalog @underkatalog', async ({ page, baseURL, offsite, pageErrors }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('verktoy/');
  await expect(page).toHaveTitle(/SoMe-veilederen/);
  const logo = page.locator('.site-title img').first();
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const favicon = await page.locator('link[rel="shortcut icon"], link[rel="icon"]').first().getAttribute('href');
  expect(favicon).toMatch(new RegExp(`^${new URL(baseURL!).pathname}`));

  // Every link in the sidebar stays inside the site and leads to a page.
  const hrefs = await page.locator('nav[aria-label="Hovednavigasjon"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href.startsWith(baseURL!)).toBe(true);
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
  }
  await page.locator('nav[aria-label="Hovednavigasjon"] a').first().click();
  await expect(page.locator('main h1')).toBeVisible();
  expect(failed).toEqual([]);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('søket åpnes med tastaturet og finner sider under riktig adresse @underkatalog', async ({ page, baseURL, offsite, pageErrors }) => {
  await page.goto('');
  const dialog = await openSearch(page);
  await dialog.locator('input.pagefind-ui__search-input').fill('vurdering');
  const first = dialog.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  expect(await first.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(new RegExp(`^${baseURL}`));
  await expectAccessible(page, 'med søket åpent');
  await first.click();
  await expect(page.locator('main h1')).toBeVisible();
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('søket virker også når det åpnes med en gang siden er lastet (src/plugins/search-idle-fix.ts)', async ({
  page,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  // Without the fix, about a third of these openings left the search dialog empty for good.
  for (let i = 0; i < 12; i++) {
    await page.goto(i % 2 ? 'veileder/1-innledning/' : '', { waitUntil: 'domcontentloaded' });
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Søk' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('input.pagefind-ui__search-input'), `forsøk ${i + 1}`).toBeVisible({ timeout: 8_000 });
  }
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
