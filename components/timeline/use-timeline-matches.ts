import { useEffect, useState } from 'react';
import { hasFilters, matchesFilters, type Filters } from '@/lib/filters/filter-model';
import { serializeFilters } from '@/lib/filters/url-filters';
import { withBasePath } from '@/lib/site-config';
import { TIMELINE_DATA_PATH, toRow, unpackFacts, type FactsFile, type TextRow, type TimelineRow, type UnpackedFacts } from '@/lib/timeline/timeline-data';

export type Matches =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  /** `facts`: every matching entry's facts (for the overview); `rows`: those to list. */
  | { state: 'ready'; total: number; facts: UnpackedFacts[]; rows: TimelineRow[] };

const requests = new Map<string, Promise<unknown>>();

/** A timeline data file, fetched at most once per page; a failed fetch is forgotten so a later filter retries. */
function fetchData<T>(name: string): Promise<T> {
  const url = withBasePath(`${TIMELINE_DATA_PATH}/${name}`);
  if (!requests.has(url)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return requests.get(url) as Promise<T>;
}

let facts: Promise<UnpackedFacts[]> | undefined;
const allFacts = () => (facts ??= fetchData<FactsFile>('facts.json').then(unpackFacts));

/**
 * The entries matching `filters`, from every year (or only `year`'s), fetched from the timeline's
 * data files once a filter is set: the facts first, then the text of the years with matches.
 */
export function useTimelineMatches(filters: Filters, year?: string): Matches {
  // What the result answers: the filters and the year. A result for other filters is stale.
  const key = hasFilters(filters) ? `${serializeFilters(filters)}#${year ?? ''}` : '';
  const [result, setResult] = useState<{ key: string; matches: Matches } | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    let current = true;
    (async () => {
      const every = await allFacts();
      const matching = every.filter((item) => matchesFilters(item, filters));
      const listed = year === undefined ? matching : matching.filter((item) => item.year === year);
      const years = [...new Set(listed.map((item) => item.year))];
      const texts = new Map(await Promise.all(years.map(async (y) => [y, await fetchData<TextRow[]>(`${y}.json`)] as const)));
      const rows = listed.flatMap((item) => {
        const text = texts.get(item.year)?.[item.position];
        return text ? [toRow(item, text)] : [];
      });
      const total = year === undefined ? every.length : every.filter((item) => item.year === year).length;
      if (current) setResult({ key, matches: { state: 'ready', total, facts: matching, rows } });
    })().catch((error: unknown) => {
      if (current) setResult({ key, matches: { state: 'error', message: error instanceof Error ? error.message : String(error) } });
    });
    return () => {
      current = false;
    };
  }, [key, filters, year]);
  if (!key) return { state: 'idle' };
  return result?.key === key ? result.matches : { state: 'loading' };
}
