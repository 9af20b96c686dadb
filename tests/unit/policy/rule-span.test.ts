import { describe, expect, it } from 'vitest';
import { ruleSpan } from '@/lib/policy/rule-span';
import { ruleStateOn, type RuleLike } from '@/lib/policy/rule-status';

const rule = (fields: Partial<RuleLike>): RuleLike => ({ slug: 'r', date: '2020-01-01', measure: ['ban'], status: 'in-effect', ...fields });
const span = (entry: RuleLike, date: string) => ruleSpan(entry, ruleStateOn(entry, date), date);

describe('ruleSpan', () => {
  it('says since when a rule binds, and its latest extension', () => {
    const moratorium = rule({
      status: 'extended',
      history: [{ date: '2020-06-10', status: 'in-effect' }, { date: '2021-05-18', status: 'extended' }],
      expires: '2021-06-10',
    });
    expect(span(moratorium, '2020-12-01')).toBe('since 10 June 2020');
    expect(span(moratorium, '2022-01-01')).toBe('since 10 June 2020, extended 18 May 2021');
  });

  it('says a returned rule is in force again, and when it was set aside', () => {
    const ban = rule({
      history: [
        { date: '2021-07-01', status: 'in-effect' },
        { date: '2022-07-01', status: 'suspended' },
        { date: '2026-07-01', status: 'in-effect' },
      ],
    });
    expect(span(ban, '2026-08-01')).toBe('in force again since 1 July 2026 (set aside 1 July 2022 to 1 July 2026)');
  });
});

describe('describeRule', () => {
  it('says what a rule does, for whom and since when, in one line for the entity and status pages', async () => {
    const { describeRule } = await import('@/lib/policy/rule-span');
    const ban = { ...rule({ history: [{ date: '2021-07-01', status: 'in-effect' }] }), measure: ['ban', 'use-restrictions'] as const, scope: ['police', 'schools'] as const };
    const record = { ...ban, measure: [...ban.measure], scope: [...ban.scope] };
    expect(describeRule(record, ruleStateOn(record, '2022-01-01'), '2022-01-01')).toBe('ban and use restrictions for police, schools since 1 July 2021');
  });
});
