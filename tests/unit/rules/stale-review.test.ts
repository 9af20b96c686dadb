import { describe, expect, it } from 'vitest';
import { formatProblem, formatAnnotation } from '@/lib/checks/problem';
import { staleReview } from '@/lib/checks/rules/stale-review';
import { amazon, context, doc, entryYaml } from '../../support/docs';

const SLUG = '2020-06-10-amazon-pause';
const FILE = `content/entries/2020/${SLUG}.mdx`;
const problems = (status: string, reviewed: string, today = '2026-12-01') =>
  staleReview.check(context([doc('entry', SLUG, entryYaml({ status: `status: ${status}`, reviewed: `reviewed: ${reviewed}` })), amazon()], undefined, today));

describe('stale-review rule', () => {
  it('warns about an open status last reviewed more than 12 months ago, on the reviewed line', () => {
    const found = problems('proposed', '2025-11-30');
    expect(found.map(formatProblem)).toEqual([
      `${FILE}:12: reviewed: warning: is 2025-11-30: status "proposed" has not been checked for over 12 months; check whether it changed, then set reviewed to the day you checked`,
    ]);
    expect(formatAnnotation(found[0]!)).toMatch(/^::warning file=/);
  });

  it('accepts a review exactly 12 months old, and any status that is settled', () => {
    expect(problems('ongoing', '2025-12-01')).toEqual([]);
    expect(problems('in-effect', '2020-01-01')).toEqual([]);
    expect(problems('passed', '2024-01-01')).toHaveLength(1);
  });
});
