import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';

/**
 * axe-core run in the page itself. The source is put into a document once, and later checks of
 * the same document (another theme after a reload is a new document; another width or tool state
 * is not) run it again without reloading it.
 *
 * Why not @axe-core/playwright: its analyze() injects the 640 kB source on every call and then
 * opens a new blank page to finish the run (for cross-origin frames, which this site has none
 * of). Measured on the two-core test machine on 2.12.2026: 1.8–2.8 s per call against 0.4–0.7 s
 * here, and the site-wide checks alone call it 465 times (three per page).
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** The violations axe finds in the page's document, one line per rule with the elements it hit. */
async function axeViolations(page: Page, options: RunOptions): Promise<string[]> {
  // The site has no frames; if one comes, this helper would not look inside it, so it says so.
  const frames = await page.evaluate(() => document.querySelectorAll('iframe, frame, object, embed').length);
  expect(frames, 'siden har rammer som axe-hjelperen ikke sjekker').toBe(0);
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(axeSource);
  return page.evaluate(async (runOptions) => {
    const results = await window.axe!.run(document, runOptions);
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  }, options);
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and fails on any violation. */
export async function expectAccessible(page: Page, context = '') {
  const violations = await axeViolations(page, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  expect(violations, `axe-brudd ${context}`).toEqual([]);
}

/**
 * Every data cell of the page's tables has a header (axe's td-has-header, WCAG 1.3.1). The rule
 * is experimental in axe, so the WCAG tags of expectAccessible leave it out; the tables of the
 * risk maps and the method matrix are checked with it.
 */
export async function expectTableHeaders(page: Page, context = '') {
  const violations = await axeViolations(page, { runOnly: { type: 'rule', values: ['td-has-header'] } });
  expect(violations, `tabellceller uten overskrift ${context}`).toEqual([]);
}
