/**
 * The one home for calendar dates in SoMe-veilederen. Dates are stored as
 * YYYY-MM-DD (a calendar date, in the user's local time) or as ISO 8601
 * timestamps; they are shown in Norwegian. Pure TypeScript: no DOM.
 */

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The local calendar date of a moment, as YYYY-MM-DD (what a date field shows). */
export function localDate(moment: Date): string {
  const y = moment.getFullYear();
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "2026-11-22" (or a timestamp starting so) → "22. november 2026"; anything else is returned as it is. */
export function formatLongDate(iso: string): string {
  const m = DAY.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])}. ${month} ${m[1]}` : iso;
}

/** "2026-11-22" → "22.11.2026"; anything else (also '') is returned as it is. */
export function formatShortDate(iso: string): string {
  const m = DAY.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A YYYY-MM-DD date as a UTC midnight Date, or null when it is not a real calendar date. */
export function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

/** The calendar date `months` months after `day` (the last day of the month when it has fewer days). */
export function addMonths(day: string, months: number): string | null {
  const start = parseDay(day);
  if (!start) return null;
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** A moment for people, in the user's local time: "22. nov. 2026, 11:00"; anything unreadable is returned as it is. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });
}
