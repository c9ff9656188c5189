import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible, builtPages, openSearch } from './fixtures';
import { islandsHydrated, scrollUntilToolsShow } from './tool-helpers';

/**
 * Site-wide checks, over every page the build produced (new pages and tools are
 * covered as soon as they exist):
 * - every page answers 200, is in Norwegian (lang="nb"), loads every asset (no
 *   4xx) and sends no request out of the site, at the root and under the sub-path;
 * - the Content-Security-Policy meta tag is there, has no 'unsafe-inline' for
 *   scripts, and the page (and its tool, and the search) runs without a single
 *   CSP violation;
 * - axe (WCAG 2.1 A/AA) passes in light and in dark theme;
 * - no horizontal scrolling of the document at 320 px width and at 640 px
 *   (= 1280 px at 200 % zoom) (WCAG 1.4.10 Reflow).
 */

const pages = builtPages('dist');
/** Tool pages: pages under verktoy/ with an island. */
const toolPages = new Set(
  pages.filter((p) => p.startsWith('verktoy/') && readFileSync(`dist/${p}index.html`, 'utf8').includes('<astro-island')),
);

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Records CSP violations from the page's first script on, and CSP console messages. */
async function watchCsp(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content[- ]Security[- ]Policy|CSP/i.test(text)) messages.push(`konsoll: ${text}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.violatedDirective} blokkerte ${e.blockedURI || 'innebygd'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
  return messages;
}

async function cspViolations(page: Page, console: string[]): Promise<string[]> {
  const inPage = await page.evaluate(() => window.__cspViolations ?? ['lytteren ble ikke installert']);
  return [...inPage, ...console.splice(0)];
}

/** How far the document scrolls sideways (0 when it fits). */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('herdingstestene finner sidene og verktøyene @underkatalog', () => {
  expect(pages).toContain('');
  expect(pages.length).toBeGreaterThan(1);
});

/**
 * The pages in a few groups: each group is one test with one browser context that visits its
 * pages in turn (a context per page cost more than the checks). Groups run in parallel on the
 * workers. A failure on one page is noted and the loop goes on, so one run reports every page.
 */
const GROUP = 12;
const groups: string[][] = [];
for (let i = 0; i < pages.length; i += GROUP) groups.push(pages.slice(i, i + GROUP));
const label = (group: string[]) => `sidene ${pages.indexOf(group[0]) + 1}–${pages.indexOf(group.at(-1)!) + 1} av ${pages.length}`;

/** Runs `check` on every path, and fails at the end with the failures of all pages. */
async function eachPage(paths: string[], check: (path: string) => Promise<void>) {
  const failures: string[] = [];
  for (const path of paths) {
    await test.step(`/${path}`, async () => {
      try {
        await check(path);
      } catch (error) {
        failures.push(`/${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  expect(failures, 'sider med feil').toEqual([]);
}

for (const group of groups) {
  test(`${label(group)}: svarer 200 på norsk, CSP-meta uten 'unsafe-inline' for skript, ingen CSP-brudd (heller ikke i verktøyene og søket), ingen forespørsler ut @underkatalog`, async ({
    page,
    offsite,
    pageErrors,
  }) => {
    test.setTimeout(30_000 + group.length * 20_000);
    const console = await watchCsp(page);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await eachPage(group, async (path) => {
      const isTool = toolPages.has(path);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, 'CSP-meta mangler').toBeTruthy();
      const directives = Object.fromEntries(
        csp!
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]),
      );
      expect(directives['script-src']).toContain("'self'");
      expect(directives['script-src']).not.toContain("'unsafe-inline'");
      expect(directives['script-src']).not.toContain("'unsafe-eval'");
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['connect-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'self'"]);
      expect(directives['form-action']).toEqual(["'self'"]);
      // Inline scripts really run under the policy: Starlight's theme script sets data-theme.
      await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
      if (isTool) {
        await islandsHydrated(page);
        await scrollUntilToolsShow(page);
      }
      // The search (Pagefind, with WebAssembly) works under the policy. The policy for it is
      // the same on every page; it is run on the start page and on every tool page.
      if (path === '' || isTool) {
        const dialog = await openSearch(page);
        await dialog.locator('input.pagefind-ui__search-input').fill('vurdering');
        await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
      }
      expect(await cspViolations(page, console), 'CSP-brudd').toEqual([]);
      expect(failed.splice(0), 'svar med feilkode (ressurser som ikke finnes)').toEqual([]);
      expect(offsite.splice(0), 'forespørsler ut av nettstedet').toEqual([]);
      expect(pageErrors.splice(0), 'feil i siden').toEqual([]);
    });
  });

  // Theme and width do not depend on the base path; the root project alone runs this (no tag).
  test(`${label(group)}: axe i lyst og mørkt tema, og ingen vannrett rulling ved 320 px og 640 px`, async ({
    page,
    offsite,
    pageErrors,
  }) => {
    test.setTimeout(30_000 + group.length * 30_000);
    const console = await watchCsp(page);
    await eachPage(group, async (path) => {
      const isTool = toolPages.has(path);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width: 1280, height: 800 });
        if (theme === 'light') {
          // Starlight reads the chosen theme from localStorage before the page is drawn. The
          // context is shared by the group, and the page before ended in dark theme, so the
          // choice is set back to light there (same origin) before this page loads.
          if (page.url().startsWith('http')) await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
          await page.goto(path);
        } else {
          // Dark theme as a user chooses it, with the theme picker: the same document, so no
          // second load (and axe stays in the page). Measured 2.12.2026: a reload and a second
          // axe injection were about 15 % of the loop.
          await page.locator('starlight-theme-select select:visible').first().selectOption('dark');
        }
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (isTool) await islandsHydrated(page);
        await expectAccessible(page, `på /${path} i ${theme === 'light' ? 'lyst' : 'mørkt'} tema`);

        for (const width of [320, 640]) {
          await page.setViewportSize({ width, height: 800 });
          await expect
            .poll(() => horizontalOverflow(page), { message: `vannrett rulling ved ${width} px på /${path} (${theme})` })
            .toBeLessThanOrEqual(0);
        }
        if (theme === 'dark') {
          // At 320 px the layout is the mobile one: axe checks that too.
          await expectAccessible(page, `på /${path} ved 320 px`);
        }
      }
      expect(await cspViolations(page, console), 'CSP-brudd').toEqual([]);
      expect(offsite.splice(0), 'forespørsler ut av nettstedet').toEqual([]);
      expect(pageErrors.splice(0), 'feil i siden').toEqual([]);
    });
  });
}

test('verktøysidene gir verktøyet bredden, mens løpende tekst beholder en lesbar linjelengde', async ({ page }) => {
  expect(toolPages.size).toBeGreaterThanOrEqual(8);
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const path of toolPages) {
    await page.goto(path);
    await islandsHydrated(page);
    // The tools' headings are drawn in the browser, so an "On this page" list would show only the introduction.
    await expect(page.locator('html'), `/${path}`).not.toHaveAttribute('data-has-toc', '');
    await expect(page.locator('starlight-toc, mobile-starlight-toc')).toHaveCount(0);
    const widths = await page.evaluate(() => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const text = document.querySelector('.sl-markdown-content > p')!.getBoundingClientRect().width / rem;
      const tool = document.querySelector('.sl-markdown-content astro-island > :not(template)')!.getBoundingClientRect().width / rem;
      return { text, tool };
    });
    expect(widths.text, `/${path}: tekst`).toBeLessThanOrEqual(45);
    expect(widths.tool, `/${path}: verktøy`).toBeGreaterThan(55);
  }
});
