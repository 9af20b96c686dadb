/**
 * Fetches search files once per page. Small and free of the search library, so a page can start
 * fetching `meta.json` the moment the search box gets focus, while the engine's code loads.
 */
import { SEARCH_PATH } from './fields';

const requests = new Map<string, Promise<unknown>>();

/** The parsed JSON of a search file under the site's path prefix, fetched at most once. */
export function fetchSearchFile<T>(base: string, name: string): Promise<T> {
  const url = `${base}${SEARCH_PATH}/${name}`;
  if (!requests.has(url)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`search file ${name}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    // A failed fetch is forgotten, so a later search can try again.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return requests.get(url) as Promise<T>;
}
