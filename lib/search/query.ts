/**
 * Reads what a reader typed into a search: plain words, names, dates in plain words and
 * `key:value` filters. Never throws: anything it cannot use becomes a one-line hint.
 */
import { closest } from '../content/suggest';
import { KINDS, STATUSES, type Kind, type Status } from '../content/vocab';
import { isPlausibleYear, monthNumber, periodRange, type DateRange } from './dates';
import { fold, STOPWORDS, words } from './text';

export const MAX_QUERY_LENGTH = 200;

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
export interface QueryVocabulary {
  entities: readonly VocabEntity[];
  topics: readonly VocabTopic[];
}

export interface QueryFilters {
  actor: string[];
  jurisdiction: string[];
  kind: Kind[];
  topic: string[];
  status: Status[];
  /** First day included, from `from:` or `after:`. */
  from?: string;
  /** Last day included, from `to:` or `before:`. */
  to?: string;
}

export interface ParsedQuery {
  /** Words to look up, folded, stopwords left out. */
  terms: string[];
  filters: QueryFilters;
  /** Dates written in plain words: entries inside them rank first. */
  dates: DateRange[];
  /** One line each on what was ignored or changed. */
  hints: string[];
}

const FILTER_KEYS = {
  company: 'actor',
  actor: 'actor',
  in: 'jurisdiction',
  jurisdiction: 'jurisdiction',
  kind: 'kind',
  topic: 'topic',
  status: 'status',
  from: 'from',
  after: 'from',
  to: 'to',
  before: 'to',
} as const;
type FilterKey = keyof typeof FILTER_KEYS;
const KEY_LIST = 'company:, in:, kind:, topic:, status:, from: or to:';

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

/** Splits the query into tokens, keeping `key:"two words"` together. */
function tokenize(input: string): string[] {
  return [...input.matchAll(/([A-Za-z]+):"([^"]*)"?|(\S+)/g)].map((match) => (match[1] !== undefined ? `${match[1]}:${match[2] ?? ''}` : match[3]!));
}

export function parseQuery(raw: string, vocab: QueryVocabulary): ParsedQuery {
  const hints: string[] = [];
  let input = raw;
  if (input.length > MAX_QUERY_LENGTH) {
    // Cut at a space, so the last word is not searched half-written.
    const cut = input.slice(0, MAX_QUERY_LENGTH + 1);
    input = cut.slice(0, Math.max(cut.lastIndexOf(' '), 0) || MAX_QUERY_LENGTH);
    hints.push(`Only the first ${MAX_QUERY_LENGTH} characters of the query were used.`);
  }
  const filters: QueryFilters = { actor: [], jurisdiction: [], kind: [], topic: [], status: [] };
  const dates: DateRange[] = [];
  const plain: string[] = [];

  for (const token of tokenize(input)) {
    const match = /^([A-Za-z]+):(.*)$/.exec(token);
    if (!match) {
      plain.push(token);
      continue;
    }
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (!(key in FILTER_KEYS)) {
      hints.push(`"${key}:" is not a filter; use ${KEY_LIST}. Searched for the words instead.`);
      plain.push(...words(token));
      continue;
    }
    if (value === '') {
      hints.push(`${key}: needs a value, like ${key === 'from' || key === 'to' || key === 'after' || key === 'before' ? `${key}:2020-06` : `${key}:amazon`}.`);
      continue;
    }
    applyFilter(FILTER_KEYS[key as FilterKey], key, value, filters, vocab, hints);
  }

  // Dates in plain words: "June 2020", "jun 2020", "2019", "2020-06", "2020-06-10".
  const remaining: string[] = [];
  for (let i = 0; i < plain.length; i++) {
    const word = plain[i]!;
    const month = monthNumber(word);
    const next = plain[i + 1];
    if (month !== undefined && next !== undefined && isPlausibleYear(next)) {
      const range = periodRange(`${next}-${String(month).padStart(2, '0')}`)!;
      dates.push({ ...range, label: `${word} ${next}` });
      i++;
    } else if (isPlausibleYear(word) || (/^\d{4}-\d{2}(-\d{2})?$/.test(word) && periodRange(word))) {
      dates.push(periodRange(word)!);
    } else {
      remaining.push(word);
    }
  }

  // Single letters match nearly everything: they count only when nothing longer was typed.
  const typed = remaining.flatMap(words);
  const longer = typed.filter((word) => word.length > 1);
  const all = longer.length > 0 ? longer : typed;
  const terms = all.filter((word) => !STOPWORDS.has(word));
  return { terms: terms.length > 0 || dates.length > 0 ? [...new Set(terms)] : [...new Set(all)], filters, dates, hints };
}

function applyFilter(
  target: (typeof FILTER_KEYS)[FilterKey],
  key: string,
  value: string,
  filters: QueryFilters,
  vocab: QueryVocabulary,
  hints: string[],
) {
  switch (target) {
    case 'actor':
    case 'jurisdiction': {
      const accept = target === 'jurisdiction' ? (entity: VocabEntity) => entity.category === 'jurisdiction' : () => true;
      const entity = resolveEntity(value, vocab.entities, accept);
      if (entity) filters[target].push(entity.slug);
      else hints.push(`No ${target === 'actor' ? 'company or organisation' : 'place'} is called "${value}"${suggestEntity(value, vocab.entities, accept)}`);
      return;
    }
    case 'kind': {
      const kind = KINDS.values.find((k) => k === fold(value) || `${k}s` === fold(value));
      if (kind) filters.kind.push(kind);
      else hints.push(`kind: takes one of ${KINDS.values.join(', ')}.`);
      return;
    }
    case 'status': {
      const wanted = fold(value).replace(/\s+/g, '-');
      const status = STATUSES.values.find((s) => s === wanted);
      if (status) filters.status.push(status);
      else hints.push(`status: takes one of ${STATUSES.values.join(', ')}.`);
      return;
    }
    case 'topic': {
      const wanted = fold(value).replace(/[-_]+/g, ' ');
      const topic = vocab.topics.find((t) => t.slug.replace(/-/g, ' ') === wanted || fold(t.label) === wanted);
      if (topic) filters.topic.push(topic.slug);
      else hints.push(`No topic is called "${value}"; topics include ${vocab.topics.slice(0, 4).map((t) => t.slug).join(', ')}.`);
      return;
    }
    case 'from':
    case 'to': {
      const range = periodRange(value);
      if (!range) {
        hints.push(`${key}: takes a date like 2020-06`);
        return;
      }
      filters[target] = target === 'from' ? range.from : range.to;
      return;
    }
  }
}
