import { test as base, expect, type Page } from '@playwright/test';
import { expectAccessible, expectTableHeaders } from './axe';
import { builtPages as listBuiltPages } from '../support/built-pages.mjs';

/** Every built page of the site, as a path relative to the site's base ("" is the start page). */
export function builtPages(dir = 'dist'): string[] {
  return listBuiltPages(dir);
}

/**
 * Opens the search with the keyboard (Ctrl+K) and returns its dialog. Starlight
 * builds the search box (Pagefind UI) when the browser is first idle after load,
 * so this waits for the box before opening. On a loaded machine, opening the
 * dialog before that sometimes left it without a box.
 */
export async function openSearch(page: Page) {
  await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'attached', timeout: 30_000 });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Søk' });
  await expect(dialog).toBeVisible();
  return dialog;
}

interface Fixtures {
  /** Requests that tried to leave the local server (blocked). */
  offsite: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

/**
 * The shared test: every request that does not go to the local test server is
 * blocked and recorded, and uncaught page errors are recorded; both must stay
 * empty in every test.
 */
export const test = base.extend<Fixtures>({
  offsite: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    await use(offsite);
    expect(offsite, 'forespørsler ut av nettstedet').toEqual([]);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(errors);
    expect(errors, 'feil i siden').toEqual([]);
  },
});

export { expect, expectAccessible, expectTableHeaders };
