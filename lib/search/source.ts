/** Where the engine gets its files: over HTTP in the browser, from memory in tests and benchmarks. */
import type { SearchFiles } from './build-index';
import { fetchSearchFile } from './fetch-cache';
import type { PackedDoc, PageFile, SearchMeta, ShardFile } from './records';

export interface SearchSource {
  meta: () => Promise<SearchMeta>;
  /** A shard file by name (`first-am`, `body-mo`); the engine asks only for those `meta.json` lists. */
  shard: (name: string) => Promise<ShardFile>;
  /** The texts and facts of page n (ids n × PAGE_SIZE onwards). */
  pages: (n: number) => Promise<PageFile>;
  /** The facts of chunk n (ids n × DOC_CHUNK onwards). */
  docs: (n: number) => Promise<PackedDoc[]>;
}

/** Fetches the published files under `base` (the site's path prefix), each once per page. */
export function httpSource(base = ''): SearchSource {
  return {
    meta: () => fetchSearchFile(base, 'meta.json'),
    shard: (name) => fetchSearchFile(base, `${name}.json`),
    pages: (n) => fetchSearchFile(base, `pages-${n}.json`),
    docs: (n) => fetchSearchFile(base, `docs-${n}.json`),
  };
}

/**
 * Serves built files from memory; `onFetch` sees each file name as it is asked for. A file that
 * does not exist fails the way a missing file on a host does, with its name.
 */
export function memorySource(files: SearchFiles, onFetch?: (name: string) => void): SearchSource {
  const serve = async <T>(name: string, body: T | undefined): Promise<T> => {
    onFetch?.(name);
    if (body === undefined) throw new Error(`search file ${name}: not found`);
    return body;
  };
  return {
    meta: () => serve('meta.json', files.meta),
    shard: (name) => serve(`${name}.json`, files.shards[name]),
    pages: (n) => serve(`pages-${n}.json`, files.pages[n]),
    docs: (n) => serve(`docs-${n}.json`, files.docs[n]),
  };
}
