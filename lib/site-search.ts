/**
 * The site's search files, read from disk: the content step (lib/content-build/search-files.ts)
 * builds them once, so `next build`'s workers neither build the index nor read the collection
 * for the search-index route.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR, SEARCH_FILES_DIR, SEARCH_LIST_FILE } from './content-build/generated-file';

let list: { file: string; version: number; names: ReadonlySet<string> } | undefined;

function isNameList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((name) => typeof name === 'string');
}

/**
 * The names of the published search files, from the step's list; kept while the list is unchanged
 * (under `npm run dev` the step rewrites it on every save). Throws with the step's problems when
 * it stopped on some, and with the way to make the list when it is missing.
 */
export function getSearchFileNames(root = process.cwd()): ReadonlySet<string> {
  const file = path.join(root, GENERATED_DIR, SEARCH_LIST_FILE);
  const version = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (version === undefined) throw new Error(`${path.join(GENERATED_DIR, SEARCH_LIST_FILE)} is missing: run \`npm run content\` (or \`npm run build\`) first`);
  if (list?.file !== file || list.version !== version) {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const problems: unknown = data !== null && typeof data === 'object' ? Reflect.get(data, 'problems') : undefined;
    if (isNameList(problems) && problems.length > 0) {
      throw new Error(`The content step stopped on these problems (fix them and save, or run \`npm run content\`):\n${problems.join('\n')}`);
    }
    const names: unknown = data !== null && typeof data === 'object' ? Reflect.get(data, 'files') : undefined;
    if (!isNameList(names)) throw new Error(`${file} is not the content step's output; run \`npm run content\``);
    list = { file, version, names: new Set(names) };
  }
  return list.names;
}

/** The text of one published search file, or undefined for a name that is not one of them. */
export function readSearchFile(name: string, root = process.cwd()): string | undefined {
  if (!getSearchFileNames(root).has(name)) return undefined;
  return readFileSync(path.join(root, GENERATED_DIR, SEARCH_FILES_DIR, name), 'utf8');
}
