/** Dates as readers type them: "June 2020", "jun 2020", "2019", "2020-06", "2020-06-10". */
import { MONTH_NAMES } from '../content/dates';
import { periodBound } from '../filters/filter-model';

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

/** The month number (1–12) for a full or three-letter month name ("sept" too), else undefined. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name === lower || (name.startsWith(lower) && lower.length >= 3 && lower.length <= 4));
  return index === -1 ? undefined : index + 1;
}

/** The words a date is found by: "2020", "2020-06", "june", "jun", "2020-06-10" (as precise as known). */
export function dateKeywords(date: string, precision: 'day' | 'month' | 'year'): string[] {
  const year = date.slice(0, 4);
  if (precision === 'year') return [year];
  const month = MONTHS[Number(date.slice(5, 7)) - 1]!;
  const words = [year, date.slice(0, 7), month, month.slice(0, 3)];
  if (precision === 'day') words.push(date);
  return words;
}

export interface DateRange {
  from: string;
  to: string;
  /** How the reader wrote it, for messages: "June 2020". */
  label: string;
}

/** A range for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when the text is not a real period. */
export function periodRange(text: string): DateRange | undefined {
  const from = periodBound(text, 'start');
  const to = periodBound(text, 'end');
  return from && to ? { from, to, label: text } : undefined;
}

/** A year a reader would mean as a date (not any four-digit number). */
export function isPlausibleYear(word: string): boolean {
  return /^(19[5-9]\d|20\d\d)$/.test(word);
}
