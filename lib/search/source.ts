/** Where the engine gets its files: over HTTP in the browser, from memory in tests and benchmarks. */
import type { SearchFiles } from './build-index';
import { fetchSearchFile } from './fetch-cache';
import type { DocText, SearchMeta, ShardEntries } from './records';

export interface SearchSource {
  meta: () => Promise<SearchMeta>;
  /** A field's shard, or an empty list when it does not exist. */
  shard: (name: string) => Promise<ShardEntries>;
  pages: (n: number) => Promise<DocText[]>;
}

/** Fetches the published files under `base` (the site's path prefix), each once per page. */
export function httpSource(base = ''): SearchSource {
  return {
    meta: () => fetchSearchFile(base, 'meta.json'),
    shard: (name) => fetchSearchFile(base, `${name}.json`),
    pages: (n) => fetchSearchFile(base, `pages-${n}.json`),
  };
}

/** Serves built files from memory; `onFetch` sees each file name as it is asked for. */
export function memorySource(files: SearchFiles, onFetch?: (name: string) => void): SearchSource {
  return {
    meta: async () => {
      onFetch?.('meta.json');
      return files.meta;
    },
    shard: async (name) => {
      onFetch?.(`${name}.json`);
      return files.shards[name] ?? [];
    },
    pages: async (n) => {
      onFetch?.(`pages-${n}.json`);
      return files.pages[n] ?? [];
    },
  };
}
