import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { historyOrder } from '@/lib/checks/rules/history-order';
import { context, doc, entryYaml } from '../../support/docs';

const FILE = 'content/entries/2020/2020-06-10-x.mdx';
const history = (...steps: [string, string][]) =>
  `history:\n${steps.map(([date, status]) => `  - date: ${date}\n    status: ${status}`).join('\n')}`;
const check = (overrides: Record<string, string>) =>
  historyOrder.check(context([doc('entry', '2020-06-10-x', entryYaml(overrides))])).map(formatProblem);

describe('history-order rule', () => {
  it('passes history in date order whose last step is the status', () => {
    expect(check({ status: 'status: extended', history: history(['2020-06-10', 'in-effect'], ['2021-05-18', 'extended']) })).toEqual([]);
  });

  it('wants history oldest first', () => {
    expect(check({ status: 'status: in-effect', history: history(['2021-05-18', 'extended'], ['2020-06-10', 'in-effect']) })).toEqual([
      `${FILE}:17: history[1].date: is 2020-06-10, before the step above it (2021-05-18); list history oldest first`,
    ]);
  });

  it('wants the status to agree with the last step', () => {
    expect(check({ status: 'status: in-effect', history: history(['2020-06-10', 'in-effect'], ['2021-05-18', 'extended']) })).toEqual([
      `${FILE}:13: status: is "in-effect" but the last history step (2021-05-18) says "extended"; they must agree`,
    ]);
  });
});
