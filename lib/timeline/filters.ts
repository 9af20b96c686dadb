/**
 * Timeline filters and their URL form: `?kind=legislation&actor=amazon&from=2020-06&to=2021-12`.
 * Parsing never throws: values that cannot be understood are dropped and reported, so a shared
 * link with a typo still shows a page.
 */
import { SLUG } from '../content/slugify';
import { KINDS, MEASURES, SCOPES, STATUSES } from '../content/vocab';

export const LIST_FILTERS = ['kind', 'actor', 'jurisdiction', 'topic', 'status', 'scope', 'measure'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface Filters {
  kind: string[];
  actor: string[];
  jurisdiction: string[];
  topic: string[];
  status: string[];
  scope: string[];
  measure: string[];
  /** First period included, as written in the URL: `2020`, `2020-06` or `2020-06-10`. */
  from?: string;
  /** Last period included, as written: `to=2021-12` includes 31 December 2021. */
  to?: string;
}

/** What an item must carry for the filters to test it. */
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

export const emptyFilters = (): Filters => ({ kind: [], actor: [], jurisdiction: [], topic: [], status: [], scope: [], measure: [] });

const CLOSED: Partial<Record<ListFilter, readonly string[]>> = {
  kind: KINDS.values,
  status: STATUSES.values,
  scope: SCOPES.values,
  measure: MEASURES.values,
};

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

export interface ParsedFilters {
  filters: Filters;
  /** Parts of the URL that were ignored, in words, for a hint on the page. */
  ignored: string[];
}

/** Reads filters from a query string; repeated keys and comma lists both work. */
export function parseFilters(search: string | URLSearchParams): ParsedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const key of LIST_FILTERS) {
    const values = params.getAll(key).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    for (const value of values) {
      const allowed = CLOSED[key];
      const ok = allowed ? allowed.includes(value) : SLUG.test(value);
      if (ok && !filters[key].includes(value)) filters[key].push(value);
      else if (!ok) ignored.push(`${key}=${value}`);
    }
  }
  for (const [key, edge] of [['from', 'start'], ['to', 'end']] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (periodBound(value, edge)) filters[key] = value.trim();
    else ignored.push(`${key}=${value} (use a date like 2020, 2020-06 or 2020-06-10)`);
  }
  return { filters, ignored };
}

/** The query string for `filters` (without `?`), in a fixed key order so links are stable. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) for (const value of filters[key]) params.append(key, value);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params.toString();
}

export function hasFilters(filters: Filters): boolean {
  return LIST_FILTERS.some((key) => filters[key].length > 0) || filters.from !== undefined || filters.to !== undefined;
}

/** Within one filter, any chosen value matches; across filters, all must match. */
export function matchesFilters(item: Filterable, filters: Filters): boolean {
  const any = (chosen: readonly string[], have: readonly string[]) => chosen.length === 0 || chosen.some((value) => have.includes(value));
  return (
    any(filters.kind, [item.kind]) &&
    any(filters.actor, item.actors) &&
    any(filters.jurisdiction, item.places) &&
    any(filters.topic, item.topics) &&
    any(filters.status, item.status ? [item.status] : []) &&
    any(filters.scope, item.scope) &&
    any(filters.measure, item.measure) &&
    (filters.from === undefined || item.date >= (periodBound(filters.from, 'start') ?? '')) &&
    (filters.to === undefined || item.date <= (periodBound(filters.to, 'end') ?? '9999'))
  );
}
