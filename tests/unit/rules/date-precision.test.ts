import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { datePrecision } from '@/lib/checks/rules/date-precision';
import { context, doc, entryYaml } from '../../support/docs';

const check = (overrides: Record<string, string>) =>
  datePrecision.check(context([doc('entry', '2020-08-x', entryYaml(overrides))])).map(formatProblem);

describe('date-precision rule', () => {
  it('accepts month and year dates written on the first day', () => {
    expect(check({ date: 'date: 2020-08-01', datePrecision: 'datePrecision: month' })).toEqual([]);
    expect(check({ date: 'date: 2020-01-01', datePrecision: 'datePrecision: year' })).toEqual([]);
  });

  it('asks for the first of the month with month precision', () => {
    expect(check({ date: 'date: 2020-08-15', datePrecision: 'datePrecision: month' })).toEqual([
      'content/entries/2020/2020-08-x.mdx:3: date: has datePrecision month, so write the 1st of the month: 2020-08-01',
    ]);
  });

  it('asks for 1 January with year precision', () => {
    expect(check({ date: 'date: 2020-08-01', datePrecision: 'datePrecision: year' })).toEqual([
      'content/entries/2020/2020-08-x.mdx:3: date: has datePrecision year, so write 1 January: 2020-01-01',
    ]);
  });
});
