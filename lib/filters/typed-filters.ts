/**
 * Filter values as readers type them in a search (`company:facebook`, `in:"new york"`,
 * `measure:sales halt`): each becomes the value the filter model uses, or a one-line hint that
 * says what the filter takes.
 */
import { closest } from '../content/suggest';
import { inWords } from '../content/vocab';
import { fold } from '../search/text';
import { DATE_FILTER_SPECS, LIST_FILTER_SPECS, periodBound, type Filters, type ListFilterSpec } from './filter-model';

export interface VocabEntity {
  slug: string;
  name: string;
  aliases: string[];
  category: string;
}
export interface VocabTopic {
  slug: string;
  label: string;
}
/** The names a query may use for entities and topics. */
export interface QueryVocabulary {
  entities: readonly VocabEntity[];
  topics: readonly VocabTopic[];
}

/** The word each filter goes by in a search, `company:` to `to:`, in the model's order. */
export const SEARCH_KEY_NAMES: readonly string[] = [...LIST_FILTER_SPECS, ...DATE_FILTER_SPECS].map((filter) => `${filter.searchKeys[0]}:`);

/** The keys a search understands, as hints list them: "company:, in:, …, from: or to:". */
const SEARCH_KEY_LIST = inWords(SEARCH_KEY_NAMES);

type SearchKeyTarget = { list: (typeof LIST_FILTER_SPECS)[number]; date?: undefined } | { list?: undefined; date: (typeof DATE_FILTER_SPECS)[number] };

/** Every word a search accepts before `:`, and the filter it names. */
const SEARCH_KEYS: ReadonlyMap<string, SearchKeyTarget> = new Map<string, SearchKeyTarget>([
  ...LIST_FILTER_SPECS.flatMap((list) => list.searchKeys.map((word): [string, SearchKeyTarget] => [word, { list }])),
  ...DATE_FILTER_SPECS.flatMap((date) => date.searchKeys.map((word): [string, SearchKeyTarget] => [word, { date }])),
]);

/** True when a search understands `word:` as a filter. */
export const isSearchKey = (word: string): boolean => SEARCH_KEYS.has(word);

/** The slug an entity goes by for `value`: its slug, its name or an alias, case and accents aside. */
export function resolveEntity(value: string, entities: readonly VocabEntity[], accept: (entity: VocabEntity) => boolean = () => true): VocabEntity | undefined {
  const wanted = fold(value).replace(/[-_]+/g, ' ').trim();
  return entities.find(
    (entity) => accept(entity) && [entity.slug.replace(/-/g, ' '), entity.name, ...entity.aliases].some((name) => fold(name) === wanted),
  );
}

function suggestEntity(value: string, entities: readonly VocabEntity[], accept: (entity: VocabEntity) => boolean): string {
  const names = new Map<string, string>();
  for (const entity of entities.filter(accept)) for (const name of [entity.name, ...entity.aliases]) names.set(fold(name), entity.slug);
  const match = closest(fold(value), names.keys());
  return match ? `; did you mean ${match.includes(' ') ? `"${names.get(match)}"` : names.get(match)}?` : '';
}

export type Resolved = { value: string; hint?: undefined } | { value?: undefined; hint: string };

/** The value a list filter takes for what the reader typed, or why there is none. */
export function resolveListValue(filter: ListFilterSpec, typed: string, vocab: QueryVocabulary): Resolved {
  const { source, key } = filter;
  switch (source.type) {
    case 'entity':
    case 'place': {
      const accept = source.type === 'place' ? (entity: VocabEntity) => entity.category === 'jurisdiction' : () => true;
      const entity = resolveEntity(typed, vocab.entities, accept);
      if (entity) return { value: entity.slug };
      const what = source.type === 'place' ? 'place' : 'company or organisation';
      return { hint: `No ${what} is called "${typed}"${suggestEntity(typed, vocab.entities, accept)}` };
    }
    case 'topic': {
      const wanted = fold(typed).replace(/[-_]+/g, ' ');
      const topic = vocab.topics.find((t) => t.slug.replace(/-/g, ' ') === wanted || fold(t.label) === wanted);
      if (topic) return { value: topic.slug };
      return { hint: `No topic is called "${typed}"; topics include ${vocab.topics.slice(0, 4).map((t) => t.slug).join(', ')}.` };
    }
    case 'closed': {
      // "In effect", "in-effect", "sales halts" and "Legislation" all name their value.
      const wanted = fold(typed).trim().replace(/[\s_]+/g, '-');
      const value = source.values.find((v) => v === wanted || `${v}s` === wanted || fold(source.label(v)).replace(/\s+/g, '-') === wanted);
      if (value) return { value };
      return { hint: `${key}: takes one of ${source.values.join(', ')}.` };
    }
  }
}

/**
 * Sets the filter `word:` names to what the reader typed after it. Returns a one-line hint when
 * the value cannot be used (the filters are then left as they were).
 */
export function applyTypedFilter(filters: Filters, word: string, typed: string, vocab: QueryVocabulary): string | undefined {
  const target = SEARCH_KEYS.get(word);
  if (!target) return `"${word}:" is not a filter; use ${SEARCH_KEY_LIST}. Searched for the words instead.`;
  const example = target.list?.example ?? target.date!.example;
  if (typed === '') return `${word}: needs a value, like ${word}:${example}.`;
  if (target.date) {
    const value = periodBound(typed, target.date.key === 'from' ? 'start' : 'end');
    if (value === undefined) return `${word}: takes a date like 2020-06`;
    filters[target.date.key] = value;
    return undefined;
  }
  const resolved = resolveListValue(target.list, typed, vocab);
  if (resolved.value === undefined) return resolved.hint;
  const chosen = filters[target.list.key];
  if (!chosen.includes(resolved.value)) chosen.push(resolved.value);
  return undefined;
}
