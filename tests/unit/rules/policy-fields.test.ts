import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { policyFields } from '@/lib/checks/rules/policy-fields';
import { context, doc, entryYaml } from '../../support/docs';

const FILE = 'content/entries/2020/2020-06-10-x.mdx';
const check = (overrides: Record<string, string>) =>
  policyFields.check(context([doc('entry', '2020-06-10-x', entryYaml(overrides))])).map(formatProblem);

describe('policy-fields rule', () => {
  it('requires a status, scope and measure for legislation', () => {
    expect(check({ kind: 'kind: legislation' })).toEqual([
      `${FILE}:2: status: is required for legislation (proposed, passed, enacted, in-effect, expired, extended, repealed, superseded, suspended, withdrawn, failed, settled or ongoing)`,
      `${FILE}:2: scope: is required for legislation: say who it binds`,
    ]);
  });

  it('passes complete legislation', () => {
    expect(check({ kind: 'kind: legislation', status: 'status: enacted', scope: 'scope: [police]', measure: 'measure: [ban]' })).toEqual([]);
  });

  it('requires a status for a company policy with a measure', () => {
    expect(check({ scope: 'scope: [police]', measure: 'measure: [moratorium]' })).toEqual([
      `${FILE}:14: measure: makes this a policy, so \`status\` is required too`,
    ]);
  });

  it('wants scope and measure together', () => {
    expect(check({ status: 'status: in-effect', scope: 'scope: [police]' })).toEqual([
      `${FILE}:14: scope: needs \`measure\` beside it: a policy says who it binds and what it does`,
    ]);
  });

  it('wants expires after effective', () => {
    expect(check({ effective: 'effective: 2021-06-10', expires: 'expires: 2020-06-10' })).toEqual([
      `${FILE}:14: expires: is 2020-06-10, not after effective 2021-06-10`,
    ]);
  });
});
