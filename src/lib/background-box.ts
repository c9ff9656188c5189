/**
 * The background boxes («Bakgrunn: …») in the guide state facts from outside
 * KS's guide (laws, cases, platform terms). Each box carries the date the facts
 * were last checked («sist kontrollert»). The box component calls
 * `assertBackgroundCurrent` while the site is built, so a box older than
 * MAX_AGE_MONTHS stops the build with a Norwegian message instead of going stale
 * silently. Pure TypeScript: no DOM, no Astro; `today` can be given (tests).
 */
import { describeProblems, findStale, MAX_AGE_MONTHS } from './currency';
import { formatLongDate, localDate } from './dates';

export type BackgroundCheck = { ok: true; checkedText: string } | { ok: false; message: string };

/** Checks one box: `checked` (YYYY-MM-DD) must be a real date, not in the future and at most `maxMonths` old on `today`. */
export function checkBackground(where: string, checked: string, today: string, maxMonths = MAX_AGE_MONTHS): BackgroundCheck {
  const problems = findStale([{ where, checked }], today, maxMonths);
  if (problems.length > 0) return { ok: false, message: describeProblems(problems, maxMonths) };
  return { ok: true, checkedText: formatLongDate(checked) };
}

/**
 * The build-time use: returns the visible date text («30. november 2026») or
 * throws an Error with the Norwegian message, which stops `astro build`.
 * `today` defaults to the build machine's local calendar date.
 */
export function assertBackgroundCurrent(where: string, checked: string, today: string = localDate(new Date())): string {
  const result = checkBackground(where, checked, today);
  if (!result.ok) throw new Error(result.message);
  return result.checkedText;
}
