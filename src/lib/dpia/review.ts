/**
 * Review of a signed-off assessment: the default next review date (12 months
 * after sign-off) and which assessments are due or overdue. Pure.
 */
import { addMonths } from '../dates';
import type { SignOffSection } from './sections';

/** Months to the next review by default; earlier when the platform's terms change. */
export const REVIEW_MONTHS = 12;
/** How many days ahead a review counts as due soon. */
const DUE_SOON_DAYS = 30;

/** The default next review date for a sign-off date (YYYY-MM-DD), or '' when the date is not valid. */
export function defaultNextReview(signOffDate: string): string {
  return addMonths(signOffDate, REVIEW_MONTHS) ?? '';
}

export type ReviewState = 'forfalt' | 'snart' | 'planlagt' | 'ikke-satt';
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  forfalt: 'Forfalt',
  snart: 'Forfaller snart',
  planlagt: 'Planlagt',
  'ikke-satt': 'Ingen dato satt',
};

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Overdue when the date has passed; due soon within DUE_SOON_DAYS days (today included). */
export function reviewState(nextReview: string, today: string): ReviewState {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(nextReview)) return 'ikke-satt';
  if (nextReview < today) return 'forfalt';
  return dayNumber(nextReview) - dayNumber(today) <= DUE_SOON_DAYS ? 'snart' : 'planlagt';
}

export interface ReviewItem<T> {
  item: T;
  state: 'forfalt' | 'snart';
  nextReview: string;
  owner: string;
}

/** The assessments due for review or overdue, the most overdue first. */
export function dueForReview<T extends { signOff: Pick<SignOffSection, 'nextReview' | 'reviewOwner'> }>(
  items: readonly T[],
  today: string,
): ReviewItem<T>[] {
  return items
    .flatMap((item) => {
      const state = reviewState(item.signOff.nextReview, today);
      return state === 'forfalt' || state === 'snart'
        ? [{ item, state, nextReview: item.signOff.nextReview, owner: item.signOff.reviewOwner }]
        : [];
    })
    .sort((a, b) => (a.nextReview < b.nextReview ? -1 : a.nextReview > b.nextReview ? 1 : 0));
}
