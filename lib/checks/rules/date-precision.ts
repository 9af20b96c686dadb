/** A date known only to the month or year is written on the first day, so lists sort it first. */
import { isRealDate } from '../../content/dates';
import { problemAt, stringField, type Rule } from '../rule';

export const datePrecision: Rule = {
  id: 'date-precision',
  description: 'With datePrecision month the date is the 1st of the month; with year it is 1 January.',
  check: ({ entries }) =>
    entries.flatMap((entry) => {
      const date = stringField(entry, 'date');
      const precision = stringField(entry, 'datePrecision');
      if (date === undefined || !isRealDate(date)) return [];
      if (precision === 'month' && !date.endsWith('-01')) {
        return [problemAt(entry, ['date'], `has datePrecision month, so write the 1st of the month: ${date.slice(0, 8)}01`)];
      }
      if (precision === 'year' && !date.endsWith('-01-01')) {
        return [problemAt(entry, ['date'], `has datePrecision year, so write 1 January: ${date.slice(0, 4)}-01-01`)];
      }
      return [];
    }),
};
