/**
 * The search page's searches, one per address: the islands' entry starts the query in the URL
 * before the page is hydrated (components/islands/entries/search.tsx), and the page's island then
 * takes the same answer instead of searching again.
 */
import type { SearchResponse } from '@/lib/search/engine';
import { parsePageParams, serializePageParams, type SearchPageParams } from '@/lib/search/page-params';
import { loadEngine } from './use-search';

/** Results shown at a time; "Show more results" adds as many. */
export const PAGE = 30;

let latest: { key: string; response: Promise<SearchResponse> } | undefined;

/** The first page of results for these parameters, searched once while they stay the latest. */
export function searchPageResults(params: SearchPageParams): Promise<SearchResponse> {
  const key = serializePageParams(params);
  if (latest?.key === key) return latest.response;
  const response = loadEngine().then((engine) => engine.search(params.q, { ...params, show: PAGE }));
  const entry = { key, response };
  latest = entry;
  // A failed search is forgotten, so the next attempt tries again.
  response.catch(() => {
    if (latest === entry) latest = undefined;
  });
  return response;
}

/** Starts the search the address asks for, if any; the page's island picks up its answer. */
export function startAddressSearch(): void {
  const params = parsePageParams(window.location.search);
  if (params.q.trim() !== '') searchPageResults(params).catch(() => undefined);
}
