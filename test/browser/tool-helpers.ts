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

/** Presses Tab (only) until the target has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Nådde ikke fram til elementet med Tab etter ${max} trykk.`);
}
