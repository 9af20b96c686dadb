/** The site's search files, built once per build from the checked collection. */
import { buildSearchFiles, sourcesFromCollection, vocabularyFromCollection, type SearchFiles } from './search/build-index';
import { getCollection } from './site-data';

let files: SearchFiles | undefined;

export function getSearchFiles(): SearchFiles {
  const collection = getCollection();
  files ??= buildSearchFiles(sourcesFromCollection(collection), vocabularyFromCollection(collection));
  return files;
}
