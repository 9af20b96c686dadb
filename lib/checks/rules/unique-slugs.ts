/** Two files cannot share a slug: it is the page's address. */
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
import type { Rule } from '../rule';

function duplicates(docs: readonly ContentDoc[], what: string): Problem[] {
  const bySlug = new Map<string, ContentDoc[]>();
  for (const doc of docs) bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), doc]);
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((doc) => ({
        file: doc.parsed.file,
        line: 1,
        field: 'file',
        message: `${what} slug "${doc.slug}" is also used by ${group
          .filter((other) => other !== doc)
          .map((other) => other.parsed.file)
          .join(', ')}; slugs must be unique`,
      })),
    );
}

export const uniqueSlugs: Rule = {
  id: 'unique-slugs',
  description: 'No two entries and no two entities share a slug.',
  check: ({ entries, entities }) => [...duplicates(entries, 'entry'), ...duplicates(entities, 'entity')],
};
