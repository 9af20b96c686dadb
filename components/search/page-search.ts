/**
 * The search page's searches, one per address: the islands' entry starts the query in the URL
 * before the page is hydrated (components/islands/entries/search.tsx), and the page's island then
 * takes the same answer instead of searching again. The first few results come first, the rest
 * of the page's 30 right after them.
 */
import type { SearchResponse } from '@/lib/search/engine';
import { parsePageParams, serializePageParams, type SearchPageParams } from '@/lib/search/page-params';
import { loadEngine } from './use-search';

/** Results shown at a time; "Show more results" adds as many. */
export const PAGE = 30;

/**
 * Results drawn first, about a phone's screen and more: their texts come in fewer files than the
 * whole page's (5 results of "amazon" in 4 files of 25 records, 30 in 11), so they show sooner,
 * and the rest of the page follows at once, drawn in a task of its own (`wholePage`).
 */
export const FIRST = 5;

let latest: { key: string; response: Promise<SearchResponse> } | undefined;

/** The first results for these parameters (FIRST of them with their texts), searched once while they stay the latest. */
export function searchPageResults(params: SearchPageParams): Promise<SearchResponse> {
  const key = serializePageParams(params);
  if (latest?.key === key) return latest.response;
  const response = loadEngine().then((engine) => engine.search(params.q, { ...params, show: FIRST }));
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

/** The response with the whole first page of results in order and their texts fetched. */
export async function wholePage(response: SearchResponse): Promise<SearchResponse> {
  const engine = await loadEngine();
  return engine.more(response, PAGE);
}
