/**
 * The one filter model. Every filter a reader can apply to entries is declared once here: its
 * key, its label, the words typed before `:` in a search, the entry field it tests and, for
 * closed vocabularies, the values it takes. The timeline's URL filters, the search engine's
 * `key:value` syntax, the search page's hint and the open data's field notes all read this
 * list, so adding a filter is one entry below (plus its test).
 */
import { kindLabel, measureLabel, scopeLabel, statusLabel } from '../content/labels';
import { KINDS, MEASURES, SCOPES, STATUSES } from '../content/vocab';

/** What an entry must carry for the filters to test it. */
export interface Filterable {
  date: string;
  kind: string;
  actors: readonly string[];
  /** The entry's places and every place containing them. */
  places: readonly string[];
  topics: readonly string[];
  status?: string | undefined;
  scope: readonly string[];
  measure: readonly string[];
}

/** Where a filter's values come from, which decides how a typed value is understood. */
type ValueSource =
  /** A closed vocabulary of the content model. */
  | { type: 'closed'; values: readonly string[]; label: (value: string) => string }
  /** Any entity, by slug, name or alias. */
  | { type: 'entity' }
  /** An entity of category `jurisdiction`. */
  | { type: 'place' }
  /** A topic of `content/topics.yml`, by slug or label. */
  | { type: 'topic' };

export interface ListFilterSpec<K extends string = string> {
  /** The URL parameter (`?kind=`) and the key of the filter in `Filters`. */
  key: K;
  /** The control's label. */
  label: string;
  /** Words a reader may type before `:` in a search; the first is the one hints show. */
  searchKeys: readonly string[];
  /** A value for examples in hints. */
  example: string;
  /** The entry field (in frontmatter and in the open data) whose values it tests. */
  field: 'kind' | 'actors' | 'jurisdictions' | 'topics' | 'status' | 'scope' | 'measure';
  source: ValueSource;
  /** The values of an entry that the filter tests. */
  valuesOf: (item: Filterable) => readonly string[];
}

const closed = <T extends string>(vocabulary: { values: readonly T[] }, label: (value: T) => string): ValueSource => ({
  type: 'closed',
  values: vocabulary.values,
  label: (value) => label(value as T),
});

const spec = <const K extends string>(filter: ListFilterSpec<K>) => filter;

/** The list filters, in the order controls and URLs show them. */
export const LIST_FILTER_SPECS = [
  spec({ key: 'kind', label: 'Kind', searchKeys: ['kind'], example: 'legislation', field: 'kind', source: closed(KINDS, kindLabel), valuesOf: (item) => [item.kind] }),
  spec({ key: 'actor', label: 'Actor', searchKeys: ['company', 'actor'], example: 'amazon', field: 'actors', source: { type: 'entity' }, valuesOf: (item) => item.actors }),
  spec({
    key: 'jurisdiction',
    label: 'Jurisdiction',
    searchKeys: ['in', 'jurisdiction'],
    example: 'illinois',
    field: 'jurisdictions',
    source: { type: 'place' },
    valuesOf: (item) => item.places,
  }),
  spec({ key: 'topic', label: 'Topic', searchKeys: ['topic'], example: 'police-use', field: 'topics', source: { type: 'topic' }, valuesOf: (item) => item.topics }),
  spec({
    key: 'status',
    label: 'Status',
    searchKeys: ['status'],
    example: 'in-effect',
    field: 'status',
    source: closed(STATUSES, statusLabel),
    valuesOf: (item) => (item.status ? [item.status] : []),
  }),
  spec({ key: 'scope', label: 'Applies to', searchKeys: ['scope'], example: 'police', field: 'scope', source: closed(SCOPES, scopeLabel), valuesOf: (item) => item.scope }),
  spec({ key: 'measure', label: 'Measure', searchKeys: ['measure'], example: 'ban', field: 'measure', source: closed(MEASURES, measureLabel), valuesOf: (item) => item.measure }),
] as const;

export type ListFilter = (typeof LIST_FILTER_SPECS)[number]['key'];
export const LIST_FILTERS: readonly ListFilter[] = LIST_FILTER_SPECS.map((filter) => filter.key);

/** The label a list filter's control and facet show. */
export const filterLabel = (key: ListFilter): string => LIST_FILTER_SPECS.find((filter) => filter.key === key)!.label;

/** The date range filters and the words a search may use for them. */
export const DATE_FILTER_SPECS = [
  { key: 'from', label: 'From', searchKeys: ['from', 'after'], example: '2020-06' },
  { key: 'to', label: 'To', searchKeys: ['to', 'before'], example: '2021-12' },
] as const;

/** Chosen values for every list filter, and the date range. */
export type Filters = Record<ListFilter, string[]> & {
  /** First period included, as written: `2020`, `2020-06` or `2020-06-10`. */
  from?: string;
  /** Last period included, as written: `2021-12` includes 31 December 2021. */
  to?: string;
};

export const emptyFilters = (): Filters => Object.fromEntries(LIST_FILTERS.map((key) => [key, []])) as unknown as Filters;

export function hasFilters(filters: Filters): boolean {
  return LIST_FILTERS.some((key) => filters[key].length > 0) || filters.from !== undefined || filters.to !== undefined;
}

/** `2020`, `2020-06` or `2020-06-10` as the first (or last) day of that period; undefined if not a date. */
export function periodBound(value: string, edge: 'start' | 'end'): string | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  const m = month === undefined ? (edge === 'start' ? 1 : 12) : Number(month);
  if (m < 1 || m > 12) return undefined;
  const lastDay = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = day === undefined ? (edge === 'start' ? 1 : lastDay) : Number(day);
  if (d < 1 || d > lastDay) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Within one filter, any chosen value matches; across filters, all must match. */
export function matchesFilters(item: Filterable, filters: Filters): boolean {
  for (const filter of LIST_FILTER_SPECS) {
    const chosen = filters[filter.key];
    if (chosen.length === 0) continue;
    const have = filter.valuesOf(item);
    if (!chosen.some((value) => have.includes(value))) return false;
  }
  return (
    (filters.from === undefined || item.date >= (periodBound(filters.from, 'start') ?? '')) &&
    (filters.to === undefined || item.date <= (periodBound(filters.to, 'end') ?? '9999'))
  );
}
