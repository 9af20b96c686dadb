/** Every slug an entry or entity names points at something that exists. */
import { isTodo } from '../../content/todo';
import type { ContentDoc } from '../content-tree';
import type { Problem } from '../problem';
import { objectItems, problemAt, stringField, stringItems, type Rule } from '../rule';
import { didYouMean } from '../suggest';

function missing(doc: ContentDoc, path: PropertyKey[], slug: string, what: string, known: ReadonlySet<string>): Problem[] {
  // A slug the scaffold left as TODO is reported by the todo-markers rule.
  if (isTodo(slug)) return [];
  return [problemAt(doc, path, `"${slug}" is not ${what}${didYouMean(slug, known)}`)];
}

export const references: Rule = {
  id: 'references',
  description: 'Actors, jurisdictions, topics, related entries and parents name slugs that exist.',
  check: ({ entries, entities, topics }) => {
    const entitySlugs = new Set(entities.map((doc) => doc.slug));
    const entrySlugs = new Set(entries.map((doc) => doc.slug));
    const topicSlugs = new Set(topics.map((topic) => topic.slug));
    const entity = 'an entity in content/entities/';
    const problems: Problem[] = [];

    for (const entry of entries) {
      for (const key of ['actors', 'jurisdictions'] as const) {
        for (const { value, index } of stringItems(entry, key)) {
          if (!entitySlugs.has(value)) problems.push(...missing(entry, [key, index], value, entity, entitySlugs));
        }
      }
      for (const { value, index } of stringItems(entry, 'topics')) {
        if (!topicSlugs.has(value)) problems.push(...missing(entry, ['topics', index], value, 'a topic in content/topics.yml', topicSlugs));
      }
      for (const { value, index } of objectItems(entry, 'related')) {
        const slug = value.entry;
        if (typeof slug === 'string' && !entrySlugs.has(slug)) {
          problems.push(...missing(entry, ['related', index, 'entry'], slug, 'an entry in content/entries/', entrySlugs));
        }
      }
    }
    for (const doc of entities) {
      const parent = stringField(doc, 'parent');
      if (parent !== undefined && !entitySlugs.has(parent)) problems.push(...missing(doc, ['parent'], parent, entity, entitySlugs));
    }
    return problems;
  },
};
