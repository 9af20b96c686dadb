/** One search engine per page, opened on first use: nothing is fetched before then. */
import { SearchEngine } from './engine';
import { httpSource } from './source';

let opening: Promise<SearchEngine> | undefined;

/** The page's engine; the first call fetches `meta.json` from under `basePath`. */
export function browserSearchEngine(basePath = ''): Promise<SearchEngine> {
  opening ??= SearchEngine.open(httpSource(basePath)).catch((error: unknown) => {
    opening = undefined; // let a later attempt try again
    throw error;
  });
  return opening;
}
