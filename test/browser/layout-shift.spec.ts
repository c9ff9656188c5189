import type { Page } from '@playwright/test';
import { builtPages, expect, test } from './fixtures';
import { createAssessmentInBar, islandsHydrated, scrollUntilToolsShow } from './tool-helpers';

/**
 * Tool pages stand still while their islands load: each shows a placeholder (the fallback slot
 * of its *Tool.astro wrapper, class tool-loading) as tall as the shortest first screen of a
 * tool, so nothing the reader sees moves when the island replaces it. Measured as the browser
 * does for Lighthouse's CLS: the sum of the page's layout-shift entries, for a first visit
 * (nothing stored), on a phone (Lighthouse's viewport) and on a desktop screen.
 */
const TOOL_PAGES = builtPages().filter((p) => p.startsWith('verktoy/'));

const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];

/** The layout shifts since the page started loading (not those right after input). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }),
  );
}

test('verktøysidene har en plassholder mens verktøyet lastes, og ingenting flytter seg når det kommer', async ({ browser }) => {
  test.setTimeout(120_000);
  expect(TOOL_PAGES.length).toBeGreaterThanOrEqual(14);
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const path of TOOL_PAGES) {
      const response = await page.goto(path);
      const html = (await response!.text()).replace(/<template[\s\S]*?<\/template>/g, '');
      // A fallback slot written in MDX ends up in the island's <template> and is never shown.
      expect(html.includes('class="tool-loading"'), `plassholder på /${path}`).toBe(true);
      await islandsHydrated(page);
      // A tool below the first screen (the risk method on a phone) is drawn as the reader scrolls to it.
      await scrollUntilToolsShow(page);
      expect(await layoutShift(page), `forskyvning på /${path} (${viewport.width} px)`).toBeLessThan(0.01);
    }
    await context.close();
  }
});

test('med en vurdering lagret kommer verktøyet med stegene i vurderingen i stedet for plassholderen, og ingenting flytter seg', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('verktoy/');
  const bar = await createAssessmentInBar(page);
  await expect(bar.getByRole('navigation', { name: 'Stegene i vurderingen (0 av 8 ferdig)' })).toBeVisible();
  // A returning user: the island loads the tool at once (src/components/ToolIsland.tsx), and the placeholder
  // stays until the tool comes with the path in its first render, so nothing below it moves.
  for (const path of ['verktoy/screening/', 'verktoy/sjekklister/', 'verktoy/ledelsesbeslutning/']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: /^Stegene i vurderingen/ }).first()).toBeVisible();
    await expect(page.locator('.tool-loading')).toHaveCount(0);
    expect(await layoutShift(page), `forskyvning på /${path} med en lagret vurdering`).toBeLessThan(0.01);
  }
});

test('uten JavaScript viser verktøysidene hvorfor verktøyet mangler, ikke «Laster …»', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of TOOL_PAGES) {
    await page.goto(path);
    const placeholders = await page.locator('.tool-loading').all();
    expect(placeholders.length, `plassholder på /${path}`).toBeGreaterThan(0);
    for (const placeholder of placeholders) await expect(placeholder, `plassholder på /${path}`).toBeHidden();
    await expect(page.getByText(/krever JavaScript/).first(), `forklaring på /${path}`).toBeVisible();
  }
  await context.close();
});
