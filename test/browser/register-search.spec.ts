import { test, expect, expectAccessible, openSearch } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * The register in the site's own search box (Starlight + Pagefind): every
 * article number finds its own page first, common names find their article
 * among the first three, and a number the regulation does not have does not
 * pretend. Tagged @underkatalog: runs at the root and under the intranet
 * sub-path. One browser page per loop; failures are collected and listed.
 */

async function searchBox(page: Page) {
  await page.goto('', { waitUntil: 'networkidle' });
  const dialog = await openSearch(page);
  const input = dialog.locator('input.pagefind-ui__search-input');
  await input.click();
  return { dialog, input };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs one query and returns the result links (href relative to the base URL, and title), best first. */
async function results(dialog: Locator, input: Locator, query: string, baseURL: string, max = 3) {
  const list = dialog.locator('li.pagefind-ui__result');
  // Clear first, so that no result of the previous query can be read as this one's.
  await input.fill('');
  await expect(list).toHaveCount(0);
  await input.fill(query);
  const message = dialog.locator('.pagefind-ui__message');
  // "[COUNT] treff for [SEARCH_TERM]" / "Ingen treff for [SEARCH_TERM]" (content/i18n/nb.json).
  await expect(message).toHaveText(new RegExp(`^(\\d+|Ingen) treff for ${escape(query)}$`), { timeout: 15_000 });
  const total = Number(/^\d+/.exec((await message.innerText()).trim())?.[0] ?? 0);
  const count = Math.min(max, total);
  const out: { href: string; title: string }[] = [];
  for (let i = 0; i < count; i++) {
    // The page's own link (not a sub-result's), once Pagefind has filled it in.
    const link = list.nth(i).locator('.pagefind-ui__result-link').first();
    await expect(link).not.toHaveText('');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(baseURL), href).toBe(true);
    out.push({ href: decodeURI(href.slice(baseURL.length)).replace(/#.*$/, ''), title: (await link.innerText()).trim() });
  }
  return out;
}

test('@underkatalog søket legger /gdpr/artikkel-N/ først for «art. N», «artikkel N» og «art N», for alle 99 artiklene', async ({ page, baseURL, offsite, pageErrors }) => {
  test.setTimeout(900_000);
  const { dialog, input } = await searchBox(page);
  const failures: string[] = [];
  for (let n = 1; n <= 99; n++) {
    for (const query of [`art. ${n}`, `artikkel ${n}`, `art ${n}`]) {
      const [first] = await results(dialog, input, query, baseURL!, 1);
      if (first?.href !== `gdpr/artikkel-${n}/`) failures.push(`«${query}»: ${first ? `${first.href} (${first.title})` : 'ingen treff'}`);
    }
  }
  expect(failures, 'søk der artikkelen ikke kom først').toEqual([]);
  await expectAccessible(page, 'søk etter en artikkel');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/** [query, the page (relative path) that must be among the first three] */
const names: [string, string][] = [
  // The issue's six.
  ['rett til sletting', 'gdpr/artikkel-17/'],
  ['personvernombud', 'gdpr/artikkel-37/'],
  ['protokoll over behandlingsaktiviteter', 'gdpr/artikkel-30/'],
  ['avvik', 'gdpr/artikkel-33/'],
  ['innebygd personvern', 'gdpr/artikkel-25/'],
  ['databehandleravtale', 'gdpr/artikkel-28/'],
  // Fifteen of our own.
  ['overtredelsesgebyr', 'gdpr/artikkel-83/'],
  ['erstatning', 'gdpr/artikkel-82/'],
  ['klage til Datatilsynet', 'gdpr/artikkel-77/'],
  ['bindende virksomhetsregler', 'gdpr/artikkel-47/'],
  ['Personvernrådet', 'gdpr/artikkel-68/'],
  ['ytringsfrihet', 'gdpr/artikkel-85/'],
  ['ansettelsesforhold', 'gdpr/artikkel-88/'],
  ['arkivformål', 'gdpr/artikkel-89/'],
  ['ledende tilsynsmyndighet', 'gdpr/artikkel-56/'],
  ['fødselsnummer', 'gdpr/artikkel-87/'],
  ['hastesaker', 'gdpr/artikkel-66/'],
  ['informasjonskapsler', 'gdpr/artikkel-95/'],
  ['Bundeskartellamt', 'dommer/c-252-21/'],
  ['atferdsbasert reklame', 'dommer/datatilsynet-meta-2023/'],
  ['retten til eget bilde', 'lover/andsverkloven/'],
];

test('@underkatalog vanlige navn finner riktig rettskilde blant de tre første, og «art. 120» later ikke som den finnes', async ({ page, baseURL, offsite, pageErrors }) => {
  test.setTimeout(300_000);
  const { dialog, input } = await searchBox(page);
  const failures: string[] = [];
  for (const [query, expected] of names) {
    const top = await results(dialog, input, query, baseURL!, 3);
    const rank = top.findIndex((r) => r.href === expected) + 1;
    test.info().annotations.push({ type: 'treff', description: `«${query}»: nr. ${rank || '–'} (${top.map((r) => r.href).join(' | ')})` });
    if (!rank) failures.push(`«${query}»: ${top.map((r) => r.href).join(' | ') || 'ingen treff'}`);
  }
  expect(failures, 'søk uten riktig treff blant de tre første').toEqual([]);
  // A number the regulation does not have: no result, or the register's overview first.
  const missing = await results(dialog, input, 'art. 120', baseURL!, 1);
  expect(missing.length === 0 || missing[0].href === 'oppslag/rettskilder/', JSON.stringify(missing)).toBe(true);
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
