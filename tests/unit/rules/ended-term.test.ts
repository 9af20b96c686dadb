import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { endedTerm } from '@/lib/checks/rules/ended-term';
import { amazon, context, doc, entryYaml } from '../../support/docs';

const SLUG = '2022-04-27-virginia-sb-741';
const FILE = `content/entries/2022/${SLUG}.mdx`;
const rule = (lines: Record<string, string>, today = '2026-12-01') =>
  endedTerm
    .check(context([doc('entry', SLUG, entryYaml({ date: 'date: 2022-04-27', kind: 'kind: legislation', ...lines })), amazon()], undefined, today))
    .map(formatProblem);

const history = (...steps: string[]) => `history:\n${steps.map((step) => `  - ${step}`).join('\n')}`;

describe('ended-term rule', () => {
  it('refuses a rule whose term has passed while its status still binds, on the status line', () => {
    expect(
      rule({ status: 'status: in-effect', history: history('date: 2022-07-01\n    status: in-effect'), expires: 'expires: 2026-07-01' }),
    ).toEqual([
      `${FILE}:13: status: expires 2026-07-01 has passed: add a history step saying it expired, was extended or was replaced (status still says "in-effect")`,
    ]);
  });

  it('accepts it once a history step from that day says what happened', () => {
    expect(
      rule({
        status: 'status: expired',
        history: history('date: 2022-07-01\n    status: in-effect', 'date: 2026-07-01\n    status: expired'),
        expires: 'expires: 2026-07-01',
      }),
    ).toEqual([]);
  });

  it('says nothing before the day comes, or for statuses that no longer bind', () => {
    const lines = { status: 'status: in-effect', expires: 'expires: 2026-07-01' };
    expect(rule(lines, '2026-06-30')).toEqual([]);
    expect(rule({ ...lines, status: 'status: repealed' })).toEqual([]);
    expect(rule({ ...lines, status: 'status: extended' })).toEqual([]);
  });

  it('counts the expiry day itself as passed', () => {
    expect(rule({ status: 'status: enacted', expires: 'expires: 2026-07-01' }, '2026-07-01')).toHaveLength(1);
  });
});
