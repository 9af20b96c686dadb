/** A search engine over the real content, built exactly as the site builds its index files. */
import { buildSearchFiles, sourcesFromCollection, vocabularyFromCollection, type SearchFiles } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { memorySource } from '@/lib/search/source';
import { getCollection } from '@/lib/site-data';

export function realSearchFiles(): SearchFiles {
  const collection = getCollection();
  // Round-trip through JSON, as the browser receives the files.
  return JSON.parse(JSON.stringify(buildSearchFiles(sourcesFromCollection(collection), vocabularyFromCollection(collection)))) as SearchFiles;
}

export function realSearchEngine(onFetch?: (name: string) => void): Promise<SearchEngine> {
  return SearchEngine.open(memorySource(realSearchFiles(), onFetch));
}
