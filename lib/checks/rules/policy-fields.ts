/**
 * A rule's lifecycle fields go together: legislation and anything with a `measure` needs a
 * `status`; `scope` and `measure` come as a pair; a policy starts before it ends.
 */
import { isRealDate } from '../../content/dates';
import { inWords, STATUSES } from '../../content/vocab';
import type { Problem } from '../../content/problem';
import { missingField, problemAt, stringField, type Rule } from '../rule';


export const policyFields: Rule = {
  id: 'policy-fields',
  description: 'Legislation has a status; scope and measure come together and need a status; effective comes before expires.',
  check: ({ entries }) =>
    entries.flatMap((entry) => {
      const problems: Problem[] = [];
      const data = entry.parsed.data;
      const kind = stringField(entry, 'kind');
      const hasScope = data.scope !== undefined;
      const hasMeasure = data.measure !== undefined;

      if (data.status === undefined) {
        if (kind === 'legislation') {
          problems.push(missingField(entry, 'status', `is required for legislation (${inWords(STATUSES.values)})`));
        } else if (hasMeasure) {
          problems.push(problemAt(entry, ['measure'], 'makes this a policy, so `status` is required too'));
        }
      }
      if (kind === 'legislation' && !(hasScope && hasMeasure)) {
        const absent = hasScope ? 'measure' : 'scope';
        problems.push(missingField(entry, absent, `is required for legislation: say ${hasScope ? 'what it does' : 'who it binds'}`));
      } else if (hasScope !== hasMeasure) {
        problems.push(problemAt(entry, [hasScope ? 'scope' : 'measure'], `needs \`${hasScope ? 'measure' : 'scope'}\` beside it: a policy says who it binds and what it does`));
      }

      const effective = stringField(entry, 'effective');
      const expires = stringField(entry, 'expires');
      if (effective !== undefined && expires !== undefined && isRealDate(effective) && isRealDate(expires) && expires <= effective) {
        problems.push(problemAt(entry, ['expires'], `is ${expires}, not after effective ${effective}`));
      }
      return problems;
    }),
};
