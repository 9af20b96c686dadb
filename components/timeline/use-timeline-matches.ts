import { useEffect, useState } from 'react';
import { hasFilters, type Filters } from '@/lib/filters/filter-model';
import { parseFilters, serializeFilters } from '@/lib/filters/url-filters';
import { withBasePath } from '@/lib/site-config';
import { mapInSlices, yieldToBrowser } from '@/lib/sliced-work';
import { packedMatcher, TIMELINE_DATA_PATH, toRow, type FactsFile, type TextRow, type TimelineRow, type UnpackedFacts } from '@/lib/timeline/timeline-data';

/** `facts`: every matching entry's facts (for the overview); `rows`: those to list. */
interface Found {
  total: number;
  facts: UnpackedFacts[];
  rows: TimelineRow[];
}

type Ready = { state: 'ready' } & Found;

export type Matches = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string } | Ready;

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

/**
 * The work behind each result, by filters and year: the facts file, then the matching in slices
 * (only matching entries are unpacked: at 10,000 entries unpacking all would block the page), then
 * the text of the years with matches. Kept for the page's life, so going back to a filter (or the
 * early start in `startMatching`) does not do it again; a failure is forgotten, to retry.
 */
const found = new Map<string, Promise<Ready>>();
/** The results already there: a render can show them at once, without a "Finding…" render first. */
const settled = new Map<string, Ready>();

function find(filters: Filters, key: string, year: string | undefined): Promise<Ready> {
  let result = found.get(key);
  if (!result) {
    result = (async () => {
      const file = await fetchData<FactsFile>('facts.json');
      // The file was parsed in a task of its own; the matching starts in a new one.
      await yieldToBrowser();
      const matching = (await mapInSlices(file.entries, packedMatcher(file, filters))).filter((item) => item !== undefined);
      const listed = year === undefined ? matching : matching.filter((item) => item.year === year);
      const years = [...new Set(listed.map((item) => item.year))];
      const texts = new Map(await Promise.all(years.map(async (y) => [y, await fetchData<TextRow[]>(`${y}.json`)] as const)));
      // The year files were parsed in tasks of their own; the rows are built in a new one.
      await yieldToBrowser();
      const rows = (
        await mapInSlices(listed, (item) => {
          const text = texts.get(item.year)?.[item.position];
          return text ? [toRow(item, text)] : [];
        })
      ).flat();
      const total = year === undefined ? file.entries.length : file.entries.filter(([date]) => date.slice(0, 4) === year).length;
      const ready: Ready = { state: 'ready', total, facts: matching, rows };
      settled.set(key, ready);
      return ready;
    })();
    result.catch(() => found.delete(key));
    found.set(key, result);
  }
  return result;
}

const keyOf = (filters: Filters, year: string | undefined) => (hasFilters(filters) ? `${serializeFilters(filters)}#${year ?? ''}` : '');

/**
 * Starts finding the matches of the filters in the address (`search`) before the islands
 * hydrate, so the data files download while the page comes alive. Does nothing without a filter.
 */
export function startMatching(search: string, year?: string): void {
  const { filters } = parseFilters(search);
  const key = keyOf(filters, year);
  if (key) find(filters, key, year).catch(() => undefined);
}

/**
 * The entries matching `filters`, from every year (or only `year`'s), fetched from the timeline's
 * data files once a filter is set: the facts first, then the text of the years with matches.
 */
export function useTimelineMatches(filters: Filters, year?: string): Matches {
  // What the result answers: the filters and the year. A result for other filters is stale.
  const key = keyOf(filters, year);
  const [result, setResult] = useState<{ key: string; matches: Matches } | undefined>(undefined);
  useEffect(() => {
    // Already found, and so already shown by the render (below): nothing to wait for.
    if (!key || settled.has(key)) return;
    let current = true;
    find(filters, key, year).then(
      (ready) => {
        if (current) setResult({ key, matches: ready });
      },
      (error: unknown) => {
        if (current) setResult({ key, matches: { state: 'error', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, filters, year]);
  if (!key) return { state: 'idle' };
  if (result?.key === key) return result.matches;
  // Found before this render asked (started early, or these filters were seen before): one render, not two.
  return settled.get(key) ?? { state: 'loading' };
}
