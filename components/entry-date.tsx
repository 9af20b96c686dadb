import { formatDate } from '@/lib/content/dates';
import type { DatePrecision } from '@/lib/content/vocab';

/** A date as precise as it is known, machine-readable in `datetime`. */
export function EntryDate({ date, precision = 'day' }: { date: string; precision?: DatePrecision }) {
  const machine = precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
  return <time dateTime={machine}>{formatDate(date, precision)}</time>;
}
