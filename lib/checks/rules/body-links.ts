/**
 * Links in a body to the site's own entry and entity pages (`/entries/<slug>/`,
 * `/entities/<slug>/`) point at documents that exist, so renaming or retiring an entry cannot
 * leave a dead link in another entry's text.
 */
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
import type { Rule } from '../rule';
import { entityHint, entryHint } from './references';

/** `](/entries/slug/)` or `](/entities/slug)`, with an optional `#fragment`. */
const SITE_LINK = /\]\(\/(entries|entities)\/([a-z0-9-]+)\/?(?:#[^)\s]*)?\)/g;

export const bodyLinks: Rule = {
  id: 'body-links',
  description: "Links in a body to the site's entry and entity pages name documents that exist.",
  check: ({ entries, entities, unreadable = [] }) => {
    const entrySlugs = [...entries.map((doc) => doc.slug), ...unreadable.filter((doc) => doc.type === 'entry').map((doc) => doc.slug)];
    const entitySlugs = new Set([...entities.map((doc) => doc.slug), ...unreadable.filter((doc) => doc.type === 'entity').map((doc) => doc.slug)]);
    const known = new Set(entrySlugs);
    return [...entries, ...entities].flatMap((doc: ContentDoc): Problem[] =>
      doc.parsed.body.split('\n').flatMap((text, index) =>
        [...text.matchAll(SITE_LINK)].flatMap(([, folder, slug]): Problem[] => {
          const exists = folder === 'entries' ? known.has(slug!) : entitySlugs.has(slug!);
          if (exists) return [];
          const hint = folder === 'entries' ? entryHint(slug!, entrySlugs) : entityHint(slug!, entities);
          const what = folder === 'entries' ? 'an entry in content/entries/' : 'an entity in content/entities/';
          return [{ file: doc.parsed.file, line: doc.parsed.bodyLine + index, field: 'body', message: `links to /${folder}/${slug}/, but "${slug}" is not ${what}${hint}` }];
        }),
      ),
    );
  },
};
