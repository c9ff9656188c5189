import { test, expect, expectAccessible, openSearch } from './fixtures';

/**
 * The site's own search box (Starlight + Pagefind) must put the right register
 * entry or guide chapter among the first three results for the queries users
 * type. Runs at the root and under the intranet sub-path (tag @underkatalog).
 * Each row: the query, and the page titles any one of which must be in the top three.
 */
const queries: [string, RegExp][] = [
  ['art. 35', /^Art\. 35 Vurdering av personvernkonsekvenser$/],
  ['artikkel 35', /^Art\. 35 Vurdering av personvernkonsekvenser$/],
  ['art 6', /^Art\. 6 Behandlingens lovlighet$/],
  ['6 nr. 1 bokstav f', /^(Art\. 6 Behandlingens lovlighet|5 Behandlingsgrunnlag)$/],
  ['art. 26', /^Art\. 26 Felles behandlingsansvarlige$/],
  ['DPIA', /^(Art\. 35 Vurdering av personvernkonsekvenser|8 Prosess og forankring.*)$/],
  ['PVK', /^(Art\. 35 Vurdering av personvernkonsekvenser|8 Prosess og forankring.*)$/],
  ['personvernkonsekvensvurdering', /^(Art\. 35 Vurdering av personvernkonsekvenser|8 Prosess og forankring.*)$/],
  ['berettiget interesse', /^(Art\. 6 Behandlingens lovlighet|5 Behandlingsgrunnlag)$/],
  ['supplerende rettsgrunnlag', /^(Art\. 6 Behandlingens lovlighet|5 Behandlingsgrunnlag)$/],
  ['forhåndsdrøftelse', /^(Art\. 36 Forhåndsdrøftinger|8 Prosess og forankring.*)$/],
  ['forhåndsdrøfting', /^(Art\. 36 Forhåndsdrøftinger|8 Prosess og forankring.*)$/],
  ['tredjeland', /^(Art\. 4[4-9] .*|6 Overføring til utlandet)$/],
  ['Schrems', /^C-311\/18 Schrems II$/],
  ['felles behandlingsansvar', /^(Art\. 26 Felles behandlingsansvarlige|4 Ansvarsforhold|C-210\/16 Wirtschaftsakademie)$/],
  ['arkivlova', /^Arkivlova$/],
];

test('søket finner riktig rettskilde eller kapittel blant de tre første treffene @underkatalog', async ({
  page,
  baseURL,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto('');
  const dialog = await openSearch(page);
  const input = dialog.locator('input.pagefind-ui__search-input');
  await input.click();
  const failures: string[] = [];
  for (const [query, expected] of queries) {
    await input.fill('');
    await input.fill(query);
    const message = dialog.locator('.pagefind-ui__message');
    // The result count in Norwegian: "[COUNT] treff for [SEARCH_TERM]" (content/i18n/nb.json).
    await expect(message).toHaveText(new RegExp(`^\\d+ treff for ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), { timeout: 15_000 });
    const results = dialog.locator('li.pagefind-ui__result');
    await expect(results.first()).toBeVisible();
    const titles: string[] = [];
    const count = Math.min(3, await results.count());
    for (let i = 0; i < count; i++) {
      const link = results.nth(i).locator('.pagefind-ui__result-link').first();
      await expect(link).not.toHaveText('');
      titles.push((await link.innerText()).trim());
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(new RegExp(`^${baseURL}`));
    }
    const rank = titles.findIndex((t) => expected.test(t)) + 1;
    test.info().annotations.push({ type: 'treff', description: `«${query}»: nr. ${rank || '–'} (${titles.join(' | ')})` });
    if (!rank) failures.push(`«${query}»: ${titles.join(' | ')}`);
  }
  expect(failures, 'søk uten riktig treff blant de tre første').toEqual([]);
  await expectAccessible(page, 'med søkeresultater');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('lenker til artikler viser tittelen, går til registeret og registeret viser hvor den er omtalt @underkatalog', async ({
  page,
  baseURL,
}) => {
  await page.goto('veileder/8-prosess-og-forankring/');
  const link = page.locator('main a.register-link', { hasText: /^art\. 36/ }).first();
  await expect(link).toHaveAttribute('title', 'Personvernforordningen art. 36: Forhåndsdrøftinger');
  expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${baseURL}gdpr/artikkel-36/`);
  // The title is the link's accessible description (read out on focus by screen readers).
  await expect(link).toHaveAccessibleDescription('Personvernforordningen art. 36: Forhåndsdrøftinger');
  // Reachable with the keyboard: focus it and follow it with Enter.
  await page.keyboard.press('Tab');
  await link.focus();
  await expect(link).toBeFocused();
  await expectAccessible(page, 'med fokus på en artikkellenke');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}gdpr/artikkel-36/`);
  await expect(page.locator('main h1')).toHaveText('Art. 36 Forhåndsdrøftinger');
  const cited = page.locator('main h2#omtalt-i + div a');
  await expect(cited.first()).toBeVisible();
  const hrefs = await cited.evaluateAll((as) => as.map((a) => decodeURI((a as HTMLAnchorElement).href)));
  expect(hrefs).toContain(`${baseURL}veileder/8-prosess-og-forankring/#når-dere-må-be-om-forhåndsdrøfting`);
  // Every backlink leads to a heading that exists on its page.
  for (const href of hrefs) {
    const [url, anchor] = href.split('#');
    const res = await page.request.get(url);
    expect(res.status(), href).toBe(200);
    if (anchor) expect(await res.text(), href).toContain(`id="${anchor}"`);
  }
  await expectAccessible(page, 'på registersiden');
  // The register is in the sidebar under Oppslag, as a collapsed group.
  const group = page.locator('nav[aria-label="Hovednavigasjon"] details', { hasText: 'Rettskilderegisteret' }).first();
  await expect(group).toHaveCount(1);
  await expect(page.locator('nav[aria-label="Hovednavigasjon"] a[aria-current="page"]')).toHaveText(/Art\. 36/);
  // Only the page's chapter lists its articles (art. 24–43; src/lib/register-sidebar.ts); the others link to their overview.
  const sidebar = page.locator('nav[aria-label="Hovednavigasjon"]');
  await expect(sidebar.locator('a[href$="gdpr/artikkel-35/"]')).toHaveCount(1);
  await expect(sidebar.locator('a[href*="gdpr/artikkel-"]')).toHaveCount(20);
  await expect(sidebar.locator('a[href$="gdpr/kapittel-ii/"]')).toHaveText('Kapittel II Prinsipper');
});

test('registersidene sender ikke med JavaScript fra oss', async ({ page }) => {
  await page.goto('gdpr/artikkel-35/');
  const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((x) => (x as HTMLScriptElement).src));
  // Only Starlight's own scripts (search, theme, table of contents) are allowed.
  for (const src of scripts) expect(src).not.toMatch(/rettskilder|register/i);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'registerside i mørkt tema');
});
