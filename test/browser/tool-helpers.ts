import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';

/**
 * Runs axe in both themes: light and dark via Starlight's own theme select
 * (the visible one), with the colour scheme emulated to match. Leaves the page
 * in the theme it found.
 */
export async function expectAccessibleInBothThemes(page: Page, state: string) {
  const select = page.locator('starlight-theme-select select >> visible=true').first();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await select.selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectAccessible(page, `${state} (${theme === 'light' ? 'lyst' : 'mørkt'} tema)`);
  }
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` then). */
export async function islandsHydrated(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
}

/** Presses Tab (only) until the target has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Nådde ikke fram til elementet med Tab etter ${max} trykk.`);
}

/**
 * Creates an assessment in the assessment bar of the page that is open, and waits until the
 * bar shows it as chosen. On a first visit the bar is the light start (src/components/ToolIsland.tsx):
 * the wait covers loading the store and the tool.
 */
export async function createAssessmentInBar(page: Page, platform = 'Facebook', unit = 'Kulturetaten') {
  const bar = page.getByRole('region', { name: 'Vurdering' });
  await bar.getByLabel('Plattform').fill(platform);
  await bar.getByLabel('Enhet').fill(unit);
  await bar.getByRole('button', { name: 'Opprett vurdering' }).click();
  await expect(bar.getByLabel('Vurderingen dere arbeider med').locator('option:checked')).toHaveText(`${platform} – ${unit}`);
  return bar;
}

/**
 * Scrolls down the page as a reader does, 100 px at a time, until no tool placeholder is left: a
 * tool drawn when it nears the screen (src/components/useNearScreen.ts) shows its placeholder
 * until then. Fails if the bottom of the page is reached with a placeholder still there.
 */
export async function scrollUntilToolsShow(page: Page) {
  const placeholders = page.locator('.tool-loading');
  for (;;) {
    if ((await placeholders.count()) === 0) return;
    const moved = await page.evaluate(async () => {
      const before = window.scrollY;
      window.scrollBy(0, 100);
      // Two frames: the intersection observer reports in the first, the tool draws before the second.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.scrollY !== before;
    });
    if (!moved) {
      await expect(placeholders, 'plassholder igjen nederst på siden').toHaveCount(0);
      return;
    }
  }
}
