/**
 * An open status ages: a bill marked `proposed` or a case marked `ongoing` that nobody has
 * checked for a year is probably out of date. A warning, since the fact may still hold;
 * `npm run check -- --strict` (the weekly workflow) makes it an error.
 */
import { addMonths, isRealDate } from '../../content/dates';
import { inWords, OPEN_STATUSES, REVIEW_MONTHS } from '../../content/vocab';
import { problemAt, stringField, type Rule } from '../rule';

const isOpen = (status: string): boolean => (OPEN_STATUSES as readonly string[]).includes(status);

export const staleReview: Rule = {
  id: 'stale-review',
  description: `A ${inWords(OPEN_STATUSES.map((status) => `\`${status}\``))} status has been reviewed in the last ${REVIEW_MONTHS} months (a warning).`,
  check: ({ entries, today }) => {
    const oldest = addMonths(today, -REVIEW_MONTHS);
    return entries.flatMap((entry) => {
      const status = stringField(entry, 'status');
      const reviewed = stringField(entry, 'reviewed');
      if (status === undefined || !isOpen(status)) return [];
      if (reviewed === undefined || !isRealDate(reviewed) || reviewed >= oldest) return [];
      return [
        {
          ...problemAt(
            entry,
            ['reviewed'],
            `is ${reviewed}: status "${status}" has not been checked for over ${REVIEW_MONTHS} months; check whether it changed, then set reviewed to the day you checked`,
          ),
          severity: 'warning' as const,
        },
      ];
    });
  },
};
