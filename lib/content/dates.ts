/** Calendar dates as the content uses them: `YYYY-MM-DD` strings, compared as text. */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** English month names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 2020-02-30). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone drift.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** Today in UTC as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Formats a date for readers, as precise as it is known: "10 June 2020", "June 2020", "2020". */
export function formatDate(date: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthName = MONTH_NAMES[month - 1];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** `date` moved by whole days (negative for earlier), as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** `date` moved by whole months; the day is kept where it exists, else the month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
