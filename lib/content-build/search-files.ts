/**
 * The content step's search files: the index of lib/search/build-index.ts, built once from the
 * checked documents and written to `.generated/search-index/` with the list of its names, so the
 * search-index route only copies files and `next build`'s workers never build the index (about
 * 250 MB each at 10,000 entries).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCollection } from '../content/collection';
import type { GeneratedDoc } from '../content/collection';
import type { Topic } from '../content/schema';
import { buildSearchFiles, searchFileBody, searchFileNames, sourcesFromCollection, vocabularyFromCollection } from '../search/build-index';
import { SEARCH_FILES_DIR, SEARCH_LIST_FILE, writeAtomically, type SearchList } from './generated-file';

/**
 * Builds the search files of these documents into the folder `dir` and returns their names. The
 * new folder replaces the old one whole, so no file of an earlier run is left to be served.
 * `textOf` gives a body's plain text (see sourcesFromCollection).
 */
export function writeSearchFiles(
  dir: string,
  entries: readonly GeneratedDoc[],
  entities: readonly GeneratedDoc[],
  topics: readonly Topic[],
  textOf?: (body: string) => string,
): string[] {
  const collection = buildCollection(entries, entities, topics);
  const files = buildSearchFiles(sourcesFromCollection(collection, textOf), vocabularyFromCollection(collection));
  const names = searchFileNames(files);
  const target = path.join(dir, SEARCH_FILES_DIR);
  const fresh = `${target}.${process.pid}.tmp`;
  const old = `${target}.${process.pid}.old`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  // The same JSON.stringify the route ran on the same objects, so the bytes served do not change.
  for (const name of names) writeFileSync(path.join(fresh, name), JSON.stringify(searchFileBody(files, name)));
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(target, old);
  } catch {
    // no earlier search files
  }
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
  writeSearchList(dir, { files: names });
  return names;
}

/** Writes the list of names, or the problems that stopped the step (the route then shows them). */
export function writeSearchList(dir: string, list: SearchList): void {
  writeAtomically(path.join(dir, SEARCH_LIST_FILE), JSON.stringify(list));
}
