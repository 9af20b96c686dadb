/** Every slug an entry or entity names points at something that exists. */
import { slugify } from '../../content/slugify';
import { isTodo } from '../../content/todo';
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
import { objectItems, problemAt, stringField, stringItems, type Rule } from '../rule';
import { didYouMean } from '../../content/suggest';

/**
 * A hint for an unknown entity slug: a slug close to it, else the entity whose name or alias it
 * spells: "aws" → amazon, whose aliases include "AWS".
 */
export function entityHint(slug: string, entities: readonly ContentDoc[]): string {
  const near = didYouMean(slug, entities.map((doc) => doc.slug));
  if (near) return near;
  for (const entity of entities) {
    const name = stringField(entity, 'name');
    if (name !== undefined && slugify(name) === slug) return ` (did you mean "${entity.slug}", the slug of "${name}"?)`;
    const alias = stringItems(entity, 'aliases').find(({ value }) => slugify(value) === slug);
    if (alias) return ` (did you mean "${entity.slug}", whose aliases include "${alias.value}"?)`;
  }
  return '';
}

/** A hint for an unknown entry slug: a close slug, else the entries on the same date. */
export function entryHint(slug: string, entrySlugs: readonly string[]): string {
  const near = didYouMean(slug, entrySlugs);
  if (near) return near;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(slug)?.[0];
  const sameDay = date ? entrySlugs.filter((other) => other.startsWith(date)).slice(0, 5) : [];
  return sameDay.length > 0 ? ` (entries dated ${date}: ${sameDay.map((other) => `"${other}"`).join(', ')})` : '';
}

export const references: Rule = {
  id: 'references',
  description: 'Actors, jurisdictions, binds, topics, related entries and parents name slugs that exist.',
  check: ({ entries, entities, topics, unreadable = [] }) => {
    // A file that exists but could not be read has its own problem; naming it is not one more.
    const unreadableSlugs = (type: 'entry' | 'entity') => unreadable.filter((doc) => doc.type === type).map((doc) => doc.slug);
    const entitySlugs = new Set([...entities.map((doc) => doc.slug), ...unreadableSlugs('entity')]);
    const entrySlugs = entries.map((doc) => doc.slug);
    const entrySlugSet = new Set([...entrySlugs, ...unreadableSlugs('entry')]);
    const topicSlugs = new Set(topics.map((topic) => topic.slug));
    const entity = 'an entity in content/entities/';
    const problems: Problem[] = [];
    // A slug the scaffold left as TODO is reported by the todo-markers rule.
    const report = (doc: ContentDoc, path: PropertyKey[], slug: string, message: () => string) => {
      if (!isTodo(slug)) problems.push(problemAt(doc, path, `"${slug}" is not ${message()}`));
    };

    for (const entry of entries) {
      for (const key of ['actors', 'jurisdictions', 'binds'] as const) {
        for (const { value, index } of stringItems(entry, key)) {
          if (!entitySlugs.has(value)) report(entry, [key, index], value, () => `${entity}${entityHint(value, entities)}`);
        }
      }
      for (const { value, index } of stringItems(entry, 'topics')) {
        if (!topicSlugs.has(value)) report(entry, ['topics', index], value, () => `a topic in content/topics.yml${didYouMean(value, topicSlugs)}`);
      }
      for (const { value, index } of objectItems(entry, 'related')) {
        const slug = value.entry;
        if (typeof slug === 'string' && !entrySlugSet.has(slug)) {
          report(entry, ['related', index, 'entry'], slug, () => `an entry in content/entries/${entryHint(slug, entrySlugs)}`);
        }
      }
    }
    for (const doc of entities) {
      const parent = stringField(doc, 'parent');
      if (parent !== undefined && !entitySlugs.has(parent)) report(doc, ['parent'], parent, () => `${entity}${entityHint(parent, entities)}`);
    }
    return problems;
  },
};
