import { describe, expect, it } from 'vitest';
import { formatDate, isRealDate } from '@/lib/content/dates';

describe('isRealDate', () => {
  it('accepts real days, including 29 February in a leap year', () => {
    expect(isRealDate('2020-06-10')).toBe(true);
    expect(isRealDate('2020-02-29')).toBe(true);
  });
  it('rejects days that do not exist and other shapes', () => {
    for (const value of ['2020-02-30', '2021-02-29', '2020-13-01', '2020-00-10', '2020-06-00', '2020-6-10', '10/06/2020', '']) {
      expect(isRealDate(value), value).toBe(false);
    }
  });
});

describe('formatDate', () => {
  it('writes the date as precisely as it is known', () => {
    expect(formatDate('2020-06-10')).toBe('10 June 2020');
    expect(formatDate('2020-08-01', 'month')).toBe('August 2020');
    expect(formatDate('2008-01-01', 'year')).toBe('2008');
  });
});
