/**
 * Every rule says whom it binds. Actors act; a rule binds someone else: a settlement binds the
 * company that settled, not the advocates who sued. Legislation binds its `jurisdictions` and a
 * company's own policy with one actor binds that company (lib/content/binds.ts); any other rule
 * must write `binds`, and the message suggests a value to check.
 */
import { bindingOf, whyBindsIsNeeded } from '../../content/binds';
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
import { isTodo } from '../../content/todo';
import { KINDS, type Kind } from '../../content/vocab';
import { problemAt, stringField, stringItems, type Rule } from '../rule';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isKind = (value: string | undefined): value is Kind => (KINDS.values as readonly string[]).includes(value ?? '');

/**
 * Likely bound parties, to check against the sources: the entry's company actors, then entities
 * its title names (by name or alias) that are neither actors nor places: "Italy fines Clearview
 * AI" suggests clearview-ai.
 */
function suggestBinds(entry: ContentDoc, entities: readonly ContentDoc[]): string[] {
  const bySlug = new Map(entities.map((entity) => [entity.slug, entity]));
  const actors = stringItems(entry, 'actors').map(({ value }) => value);
  const companies = actors.filter((slug) => bySlug.get(slug) && stringField(bySlug.get(slug)!, 'category') === 'company');
  const title = stringField(entry, 'title') ?? '';
  // As written, capitals included, between non-letters: a proper name, not a word like "face".
  const inTitle = (name: string) => name.length > 2 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'u').test(title);
  const named = entities.filter((entity) => {
    if (actors.includes(entity.slug) || stringField(entity, 'category') === 'jurisdiction') return false;
    return [stringField(entity, 'name') ?? '', ...stringItems(entity, 'aliases').map(({ value }) => value)].some(inTitle);
  });
  return [...new Set([...companies, ...named.map((entity) => entity.slug)])];
}

export const binds: Rule = {
  id: 'binds',
  description:
    'Every rule says whom it binds: legislation binds its jurisdictions and a company policy with one actor binds that company; any other rule (settlements, orders, decisions, policies with several actors) names `binds`.',
  check: ({ entries, entities }) =>
    entries.flatMap((entry): Problem[] => {
      const data = entry.parsed.data;
      const kind = stringField(entry, 'kind');
      const isPolicy = Array.isArray(data.measure) && data.measure.length > 0;
      // A field the scaffold left as TODO is reported by the todo-markers rule.
      if (isTodo(data.binds) || isTodo(data.measure) || isTodo(data.actors)) return [];
      const written = stringItems(entry, 'binds').map(({ value }) => value);
      if (data.binds !== undefined && !isPolicy) {
        return [problemAt(entry, ['binds'], 'says who a rule binds, but this entry has no `measure`: add `scope`, `measure` and `status`, or remove `binds`')];
      }
      if (Array.isArray(data.binds) && data.binds.length === 0) {
        return [problemAt(entry, ['binds'], 'is empty: name at least one entity the rule binds, or remove the line where it can be inferred')];
      }
      if (!isPolicy || !isKind(kind) || !Array.isArray(data.actors)) return [];
      const input = {
        kind,
        actors: stringItems(entry, 'actors').map(({ value }) => value),
        jurisdictions: stringItems(entry, 'jurisdictions').map(({ value }) => value),
        binds: written,
      };
      if (bindingOf(input)) return [];
      const suggested = suggestBinds(entry, entities);
      const how =
        suggested.length > 0
          ? `Add \`binds: [${suggested.join(', ')}]\` below \`actors\` (suggested from the actors and title: keep only whom the rule binds)`
          : 'Add `binds: [<entity-slug>]` below `actors`, with the slugs of the company, agency or place the rule binds';
      return [{ ...problemAt(entry, ['actors'], ''), field: 'binds', message: `is required: ${whyBindsIsNeeded(input)}. ${how}` }];
    }),
};
