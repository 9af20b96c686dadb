import { describe, expect, it } from 'vitest';
import { bindingStart, ruleStateOn, type Replacement, type RuleLike } from '@/lib/policy/rule-status';

const rule = (fields: Partial<RuleLike>): RuleLike => ({ slug: 'r', date: '2020-01-01', measure: ['ban'], status: 'in-effect', ...fields });
const on = (entry: RuleLike, date: string, replacements: Replacement[] = []) => {
  const state = ruleStateOn(entry, date, replacements);
  return { status: state.status, inForce: state.inForce, since: state.since, reason: state.reason };
};

describe('ruleStateOn', () => {
  it('in effect: binds from its first binding step', () => {
    const moratorium = rule({ date: '2020-06-10', history: [{ date: '2020-06-10', status: 'in-effect' }] });
    expect(on(moratorium, '2020-06-09')).toEqual({ status: undefined, inForce: false, since: undefined, reason: 'not-yet' });
    expect(on(moratorium, '2020-06-30')).toEqual({ status: 'in-effect', inForce: true, since: '2020-06-10', reason: 'step' });
  });

  it('expired by term: a past `expires` with no extension reads as expired', () => {
    const bodyCams = rule({
      date: '2019-10-08',
      status: 'enacted',
      history: [{ date: '2019-10-08', status: 'enacted' }],
      effective: '2020-01-01',
      expires: '2023-01-01',
    });
    expect(on(bodyCams, '2019-12-01')).toMatchObject({ inForce: false, reason: 'not-yet-effective' });
    expect(on(bodyCams, '2020-06-30')).toEqual({ status: 'enacted', inForce: true, since: '2020-01-01', reason: 'step' });
    expect(on(bodyCams, '2022-12-31').inForce).toBe(true);
    expect(on(bodyCams, '2023-06-30')).toEqual({ status: 'expired', inForce: false, since: '2023-01-01', reason: 'term-ended' });
  });

  it('extended: an extension before the term ends keeps it in force', () => {
    const moratorium = rule({
      date: '2020-06-10',
      status: 'extended',
      history: [
        { date: '2020-06-10', status: 'in-effect' },
        { date: '2021-05-18', status: 'extended' },
      ],
      effective: '2020-06-10',
      expires: '2021-06-10',
    });
    expect(on(moratorium, '2021-01-01')).toMatchObject({ status: 'in-effect', inForce: true });
    expect(on(moratorium, '2023-06-30')).toEqual({ status: 'extended', inForce: true, since: '2021-05-18', reason: 'step' });
  });

  it('repealed: a later history step ends it', () => {
    const ban = rule({ history: [{ date: '2021-07-01', status: 'in-effect' }, { date: '2022-07-01', status: 'repealed' }], status: 'repealed' });
    expect(on(ban, '2022-01-01').inForce).toBe(true);
    expect(on(ban, '2022-07-01')).toEqual({ status: 'repealed', inForce: false, since: '2022-07-01', reason: 'step' });
  });

  it('replaced: a superseding entry ends it from the day the new rule binds', () => {
    const old = rule({ slug: 'hb-2031', history: [{ date: '2021-07-01', status: 'in-effect' }] });
    const replacement = rule({ slug: 'sb-741', date: '2022-04-27', status: 'enacted', history: [{ date: '2022-04-27', status: 'enacted' }], effective: '2022-07-01' });
    expect(on(old, '2022-06-30', [replacement]).inForce).toBe(true);
    expect(on(old, '2022-07-01', [replacement])).toEqual({ status: 'repealed', inForce: false, since: '2022-07-01', reason: 'replaced' });
  });

  it('superseded: a draft carried on by the act it became reads as superseded, not repealed', () => {
    const proposal = rule({ slug: 'proposal', status: 'enacted', history: [{ date: '2021-04-21', status: 'proposed' }, { date: '2024-05-21', status: 'enacted' }] });
    const act = rule({ slug: 'act', status: 'in-effect', history: [{ date: '2024-07-12', status: 'enacted' }], effective: '2024-08-01' });
    expect(on(proposal, '2024-07-01', [{ ...act, rel: 'supersedes' }]).inForce).toBe(true);
    expect(on(proposal, '2024-08-01', [{ ...act, rel: 'supersedes' }])).toEqual({ status: 'superseded', inForce: false, since: '2024-08-01', reason: 'replaced' });
    expect(on(proposal, '2024-08-01', [{ ...act, rel: 'repeals' }]).status).toBe('repealed');
  });

  it('suspended: set aside while its replacement binds, in force again when that lapses', () => {
    // Virginia: the 2021 ban was set aside by SB 741 from 2022, and returned when SB 741 lapsed.
    const ban = rule({
      slug: 'hb-2031',
      status: 'in-effect',
      history: [
        { date: '2021-07-01', status: 'in-effect' },
        { date: '2022-07-01', status: 'suspended' },
        { date: '2026-07-01', status: 'in-effect' },
      ],
    });
    const replacement = rule({
      slug: 'sb-741',
      status: 'expired',
      history: [{ date: '2022-04-27', status: 'enacted' }, { date: '2026-07-01', status: 'expired' }],
      effective: '2022-07-01',
      expires: '2026-07-01',
    });
    expect(on(ban, '2022-06-30', [replacement])).toEqual({ status: 'in-effect', inForce: true, since: '2021-07-01', reason: 'step' });
    expect(on(ban, '2024-01-01', [replacement])).toEqual({ status: 'suspended', inForce: false, since: '2022-07-01', reason: 'replaced' });
    expect(on(replacement, '2024-01-01').inForce).toBe(true);
    expect(on(replacement, '2026-08-01')).toEqual({ status: 'expired', inForce: false, since: '2026-07-01', reason: 'step' });
    expect(on(ban, '2026-08-01', [replacement])).toEqual({ status: 'in-effect', inForce: true, since: '2026-07-01', reason: 'revived' });
  });

  it('no dates: a rule with only a status holds it from its own date', () => {
    const policy = rule({ date: '2018-12-13', status: 'in-effect' });
    expect(on(policy, '2018-12-12').inForce).toBe(false);
    expect(on(policy, '2025-01-01')).toEqual({ status: 'in-effect', inForce: true, since: '2018-12-13', reason: 'step' });
    const bill = rule({ date: '2019-03-14', status: 'proposed' });
    expect(on(bill, '2025-01-01')).toMatchObject({ status: 'proposed', inForce: false });
  });

  it('finds the first day a rule binds', () => {
    expect(bindingStart(rule({ history: [{ date: '2019-10-08', status: 'enacted' }], status: 'enacted', effective: '2020-01-01' }))).toBe('2020-01-01');
    expect(bindingStart(rule({ status: 'proposed' }))).toBeUndefined();
  });
});
