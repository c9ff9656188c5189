import { test, expect, expectAccessible, openSearch } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** What these tests use of Pagefind's module (pagefind.js). */
type Pagefind = {
  search(
    query: string,
    options: object,
  ): Promise<{ results: { data(): Promise<{ url: string; meta?: { url?: string; title?: string } }> }[] }>;
};

/**
 * The register in the site's own search (Starlight + Pagefind): every article
 * number finds its own page first, common names find their source among the
 * first three, and a number the regulation does not have does not pretend.
 * Tagged @underkatalog: runs at the root and under the intranet sub-path.
 *
 * Speed: typing all 297 article queries into the box took 6–8 minutes. Here
 * every query goes straight to the search engine the box itself uses, in the
 * same browser page, and a sample is typed into the real box, whose results
 * must be the engine's, one for one. Why the two are the same ranking:
 *
 * - The same engine instance. Starlight's box (Search.astro) imports
 *   `<base>pagefind/pagefind.js` and calls its `options()` once; that module keeps
 *   one search instance. The test first types into the box (so the box has
 *   loaded and configured it), checks that the page loaded that exact URL, and
 *   then imports the same URL in the same page: a browser gives back the same
 *   module, with the box's options (`baseUrl`, `ranking` from Starlight's
 *   `pagefind` defaults, `excerptLength`). The test never calls `options()`.
 * - The same call. Pagefind UI 1.5 (ui.svelte) calls `pagefind.search(term,
 *   { filters })` with no selected filters (`{}`), no `sort` and no
 *   `processTerm` (Starlight passes neither), so the test calls
 *   `search(query, { filters: {} })`.
 * - The same URLs. The box links each result to `data.meta.url || data.url`
 *   after Starlight's `processResult`, which only strips trailing slashes when
 *   `trailingSlash: 'never'` (the `data-strip-trailing-slash` attribute on
 *   `<site-search>`; this site uses 'ignore'). The test does the same, reading
 *   that attribute from the page, and resolves the link as an `<a href>` would.
 * - Checked, not assumed: for the sample, the box's result count and its first
 *   three links must equal the engine's.
 */

type Hit = { href: string; title: string };
type Found = { total: number; top: Hit[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function searchBox(page: Page) {
  await page.goto('', { waitUntil: 'networkidle' });
  const dialog = await openSearch(page);
  const input = dialog.locator('input.pagefind-ui__search-input');
  await input.click();
  return { dialog, input };
}

/** Types one query into the box; returns the result count and the first `max` links (href relative to the base URL), best first. */
async function boxSearch(dialog: Locator, input: Locator, query: string, baseURL: string, max = 3): Promise<Found> {
  const list = dialog.locator('li.pagefind-ui__result');
  // Clear first, so that no result of the previous query can be read as this one's.
  await input.fill('');
  await expect(list).toHaveCount(0);
  await input.fill(query);
  const message = dialog.locator('.pagefind-ui__message');
  // "[COUNT] treff for [SEARCH_TERM]" / "Ingen treff for [SEARCH_TERM]" (content/i18n/nb.json).
  await expect(message).toHaveText(new RegExp(`^(\\d+|Ingen) treff for ${escape(query)}$`), { timeout: 15_000 });
  const total = Number(/^\d+/.exec((await message.innerText()).trim())?.[0] ?? 0);
  const top: Hit[] = [];
  for (let i = 0; i < Math.min(max, total); i++) {
    // The page's own link (not a sub-result's), once Pagefind has filled it in.
    const link = list.nth(i).locator('.pagefind-ui__result-link').first();
    await expect(link).not.toHaveText('');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(baseURL), href).toBe(true);
    top.push({ href: decodeURI(href.slice(baseURL.length)).replace(/#.*$/, ''), title: (await link.innerText()).trim() });
  }
  return { total, top };
}

/**
 * Runs every query through the box's own Pagefind instance (see the comment at
 * the top) and returns, per query, the result count and the first `max` links
 * as the box would show them. Call only after `boxSearch` has shown results.
 */
async function engineSearch(page: Page, queries: string[], baseURL: string, max = 3): Promise<Found[]> {
  const bundle = new URL('pagefind/pagefind.js', baseURL).href;
  const raw = await page.evaluate(
    async ({ bundle, queries, max }) => {
      // The box must have loaded this very file, so that the import below is its module.
      if (!performance.getEntriesByType('resource').some((e) => e.name === bundle)) {
        throw new Error(`søkeboksen har ikke lastet ${bundle}`);
      }
      const pagefind = (await import(bundle)) as Pagefind;
      // Starlight's processResult (Search.astro).
      const strip = document.querySelector<HTMLElement>('site-search')?.dataset.stripTrailingSlash !== undefined;
      const formatURL = (path: string) => (strip ? path.replace(/(.)\/(#.*)?$/, '$1$2') : path);
      const out: { total: number; top: { href: string; title: string }[] }[] = [];
      for (const query of queries) {
        const search = await pagefind.search(query, { filters: {} });
        const top = [];
        for (const result of search.results.slice(0, max)) {
          const data = await result.data();
          data.url = formatURL(data.url);
          // result_with_subs.svelte: href={data.meta?.url || data.url}
          const a = document.createElement('a');
          a.setAttribute('href', data.meta?.url || data.url);
          top.push({ href: a.href, title: String(data.meta?.title ?? '').trim() });
        }
        out.push({ total: search.results.length, top });
      }
      return out;
    },
    { bundle, queries, max },
  );
  return raw.map(({ total, top }) => ({
    total,
    top: top.map(({ href, title }) => {
      expect(href.startsWith(baseURL), href).toBe(true);
      return { href: decodeURI(href.slice(baseURL.length)).replace(/#.*$/, ''), title };
    }),
  }));
}

/** Types each query of the sample into the box and checks that it shows exactly what the engine returns. */
async function expectBoxEqualsEngine(page: Page, dialog: Locator, input: Locator, sample: string[], baseURL: string) {
  const box: Found[] = [];
  for (const query of sample) box.push(await boxSearch(dialog, input, query, baseURL, 3));
  const engine = await engineSearch(page, sample, baseURL, 3);
  const differ = sample.flatMap((query, i) => {
    const b = JSON.stringify({ total: box[i].total, top: box[i].top.map((h) => h.href) });
    const e = JSON.stringify({ total: engine[i].total, top: engine[i].top.map((h) => h.href) });
    return b === e ? [] : [`«${query}»: søkeboksen ${b}, søkemotoren ${e}`];
  });
  expect(differ, 'søkeboksen viser ikke det søkemotoren rangerer').toEqual([]);
  return box;
}

const articleQueries = (n: number) => [`art. ${n}`, `artikkel ${n}`, `art ${n}`];

test('@underkatalog søket legger /gdpr/artikkel-N/ først for «art. N», «artikkel N» og «art N», for alle 99 artiklene', async ({
  page,
  baseURL,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  const { dialog, input } = await searchBox(page);
  // The real box for a sample (it also loads and configures the engine the rest uses).
  const sample = [1, 17, 35, 99].flatMap(articleQueries);
  const box = await expectBoxEqualsEngine(page, dialog, input, sample, baseURL!);
  const boxFailures = sample.flatMap((query, i) => {
    const first = box[i].top[0];
    const n = Number(/\d+$/.exec(query)![0]);
    return first?.href === `gdpr/artikkel-${n}/` ? [] : [`«${query}»: ${first ? `${first.href} (${first.title})` : 'ingen treff'}`];
  });
  expect(boxFailures, 'søk i søkeboksen der artikkelen ikke kom først').toEqual([]);
  await expectAccessible(page, 'søk etter en artikkel');

  // All 297 through the same engine.
  const expected: [string, number][] = [];
  for (let n = 1; n <= 99; n++) for (const query of articleQueries(n)) expected.push([query, n]);
  const found = await engineSearch(
    page,
    expected.map(([q]) => q),
    baseURL!,
    1,
  );
  const failures = expected.flatMap(([query, n], i) => {
    const first = found[i].top[0];
    return first?.href === `gdpr/artikkel-${n}/` ? [] : [`«${query}»: ${first ? `${first.href} (${first.title})` : 'ingen treff'}`];
  });
  expect(failures, 'søk der artikkelen ikke kom først').toEqual([]);
  expect(found).toHaveLength(297);
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

/** A number the regulation does not have: no result, or the register's overview first. */
const expectNoPretence = (found: Found, where: string) =>
  expect(found.top.length === 0 || found.top[0].href === 'oppslag/rettskilder/', `${where}: ${JSON.stringify(found)}`).toBe(true);

test('@underkatalog vanlige navn finner riktig rettskilde blant de tre første, og «art. 120» later ikke som den finnes', async ({
  page,
  baseURL,
  offsite,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  const { dialog, input } = await searchBox(page);
  // The real box: three names (one law, one judgment, one article) and «art. 120».
  const sample = ['rett til sletting', 'Bundeskartellamt', 'retten til eget bilde', 'art. 120'];
  const box = await expectBoxEqualsEngine(page, dialog, input, sample, baseURL!);
  for (const [i, query] of sample.slice(0, 3).entries()) {
    const expected = names.find(([q]) => q === query)![1];
    expect(
      box[i].top.map((h) => h.href),
      `«${query}» i søkeboksen`,
    ).toContain(expected);
  }
  expectNoPretence(box[3], '«art. 120» i søkeboksen');

  // All the names, and «art. 120», through the same engine.
  const found = await engineSearch(page, [...names.map(([q]) => q), 'art. 120'], baseURL!, 3);
  const failures: string[] = [];
  for (const [i, [query, expected]] of names.entries()) {
    const top = found[i].top.map((r) => r.href);
    const rank = top.indexOf(expected) + 1;
    test.info().annotations.push({ type: 'treff', description: `«${query}»: nr. ${rank || '–'} (${top.join(' | ')})` });
    if (!rank) failures.push(`«${query}»: ${top.join(' | ') || 'ingen treff'}`);
  }
  expect(failures, 'søk uten riktig treff blant de tre første').toEqual([]);
  expectNoPretence(found[names.length], '«art. 120»');
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
});
