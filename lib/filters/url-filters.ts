/**
 * Filters in a page's URL: `?kind=legislation&actor=amazon&from=2020-06&to=2021-12`. Parsing
 * never throws: values that cannot be understood are dropped and reported, so a shared link with
 * a typo still shows a page.
 */
import { SLUG } from '../content/slugify';
import { DATE_FILTER_SPECS, emptyFilters, LIST_FILTER_SPECS, LIST_FILTERS, periodBound, type Filters } from './filter-model';

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
  for (const { key, source } of LIST_FILTER_SPECS) {
    const values = params.getAll(key).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    for (const value of values) {
      const ok = source.type === 'closed' ? source.values.includes(value) : SLUG.test(value);
      if (ok && !filters[key].includes(value)) filters[key].push(value);
      else if (!ok) ignored.push(`${key}=${value}`);
    }
  }
  for (const { key } of DATE_FILTER_SPECS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (periodBound(value, key === 'from' ? 'start' : 'end')) filters[key] = value.trim();
    else ignored.push(`${key}=${value} (use a date like 2020, 2020-06 or 2020-06-10)`);
  }
  return { filters, ignored };
}

/** The query string for `filters` (without `?`), in a fixed key order so links are stable. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) for (const value of filters[key]) params.append(key, value);
  for (const { key } of DATE_FILTER_SPECS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}
