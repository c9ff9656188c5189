/**
 * Currency of legal statements: every register entry and background box says
 * when it was last checked («sist kontrollert»), and the build fails when a
 * check is older than MAX_AGE_MONTHS, so the site cannot go stale silently.
 * Pure TypeScript: the build (content loaders, components) calls it.
 */
import { addMonths, formatShortDate, parseDay } from './dates';

export const MAX_AGE_MONTHS = 12;

/** One dated legal statement: where it is (for the error message) and when it was checked (YYYY-MM-DD). */
export interface CheckedStatement {
  where: string;
  checked: string;
}

export type CurrencyProblem = CheckedStatement & { reason: 'ugyldig' | 'fremtidig' | 'utdatert' };

/** The statements whose check date is invalid, in the future or more than `maxMonths` old on `today` (YYYY-MM-DD). */
export function findStale(statements: readonly CheckedStatement[], today: string, maxMonths = MAX_AGE_MONTHS): CurrencyProblem[] {
  const problems: CurrencyProblem[] = [];
  for (const s of statements) {
    const expires = addMonths(s.checked, maxMonths);
    if (!parseDay(s.checked) || expires === null) problems.push({ ...s, reason: 'ugyldig' });
    else if (s.checked > today) problems.push({ ...s, reason: 'fremtidig' });
    else if (expires < today) problems.push({ ...s, reason: 'utdatert' });
  }
  return problems;
}

/** A Norwegian build error listing every problem, one per line. */
export function describeProblems(problems: readonly CurrencyProblem[], maxMonths = MAX_AGE_MONTHS): string {
  const lines = problems.map((p) => {
    if (p.reason === 'ugyldig') return `- ${p.where}: «sist kontrollert» er ikke en gyldig dato (${p.checked || 'tom'}).`;
    if (p.reason === 'fremtidig') return `- ${p.where}: «sist kontrollert» (${formatShortDate(p.checked)}) er fram i tid.`;
    return `- ${p.where}: sist kontrollert ${formatShortDate(p.checked)}, mer enn ${maxMonths} måneder siden.`;
  });
  return `Rettslige opplysninger må kontrolleres på nytt:\n${lines.join('\n')}`;
}
