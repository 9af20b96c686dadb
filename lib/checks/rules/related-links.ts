/** A link is written once: not to the entry itself, not twice, not again from the other side. */
import type { Problem } from '../../content/problem';
import { objectItems, problemAt, type Rule } from '../rule';

export const relatedLinks: Rule = {
  id: 'related-links',
  description: 'Related links do not point to their own entry, are not repeated, and are written on one side only.',
  check: ({ entries }) => {
    const linksFrom = new Map(
      entries.map((entry) => [entry.slug, new Set(objectItems(entry, 'related').map((link) => link.value.entry))]),
    );
    const problems: Problem[] = [];
    for (const entry of entries) {
      const seen = new Set<unknown>();
      for (const { value, index } of objectItems(entry, 'related')) {
        const target = value.entry;
        if (typeof target !== 'string') continue;
        if (target === entry.slug) {
          problems.push(problemAt(entry, ['related', index, 'entry'], 'links the entry to itself'));
        } else if (seen.has(target)) {
          problems.push(problemAt(entry, ['related', index, 'entry'], `links to "${target}" more than once; keep one link`));
        } else if (linksFrom.get(target)?.has(entry.slug) && target < entry.slug) {
          // Reported once, on the later file of the pair, naming the other.
          problems.push(problemAt(entry, ['related', index, 'entry'], `"${target}" already links here; the inverse is shown by itself, so write the link on one side only`));
        }
        seen.add(target);
      }
    }
    return problems;
  },
};
