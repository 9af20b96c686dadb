/**
 * A rule whose term has run out must say what happened. The site already reads a passed
 * `expires` as expired, but the file, the open data and anyone reading the frontmatter would still
 * say it binds, so the checker asks for a dated history step (expired, extended or replaced).
 */
import { isRealDate } from '../../content/dates';
import { objectItems, problemAt, stringField, type Rule } from '../rule';

/** Statuses that say a rule still binds and that a passed term contradicts. */
const STILL_BINDING: ReadonlySet<string> = new Set(['in-effect', 'enacted', 'settled']);

export const endedTerm: Rule = {
  id: 'ended-term',
  description: 'A rule whose `expires` day has passed has a history step from that day on saying what happened.',
  check: ({ entries, today }) =>
    entries.flatMap((entry) => {
      const expires = stringField(entry, 'expires');
      const status = stringField(entry, 'status');
      if (expires === undefined || !isRealDate(expires) || expires > today) return [];
      if (status === undefined || !STILL_BINDING.has(status)) return [];
      const told = objectItems(entry, 'history').some(
        (step) => typeof step.value.date === 'string' && step.value.date >= expires,
      );
      if (told) return [];
      return [
        problemAt(
          entry,
          ['status'],
          `expires ${expires} has passed: add a history step saying it expired, was extended or was replaced (status still says "${status}")`,
        ),
      ];
    }),
};
