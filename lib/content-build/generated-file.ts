/**
 * The content step's output: one JSON file outside app/ that lib/site-data.ts reads with `fs`
 * when the site is built, so `next build` never inlines the collection into its chunks. It holds
 * either the documents or the problems that stopped the step (a page then shows those instead of
 * stale text).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedDoc } from '../content/collection';

/** The folder the content step writes, relative to the project root (gitignored). */
export const GENERATED_DIR = '.generated';
export const GENERATED_FILE = 'content.json';

export interface GeneratedContent {
  entries: GeneratedDoc[];
  entities: GeneratedDoc[];
  /** Problems, already formatted as `file:line: field: message`, when the step failed. */
  problems?: string[];
}

export const generatedPath = (root: string): string => path.join(root, GENERATED_DIR, GENERATED_FILE);

/**
 * The search files (lib/search/build-index.ts), built once by the content step rather than in
 * every worker of `next build`: one file per published name in `search-index/`, byte for byte
 * what /search-index/<name> serves, and the list of those names (or the step's problems) beside it.
 */
export const SEARCH_FILES_DIR = 'search-index';
export const SEARCH_LIST_FILE = 'search-files.json';

export interface SearchList {
  files: string[];
  /** As in GeneratedContent: the problems that stopped the step, when it failed. */
  problems?: string[];
}

/** The file's modification time, to notice when `npm run dev`'s content step rewrote it. */
export function generatedVersion(root: string): number | undefined {
  return statSync(generatedPath(root), { throwIfNoEntry: false })?.mtimeMs;
}

function isDocList(value: unknown): value is GeneratedDoc[] {
  return Array.isArray(value) && value.every((doc: unknown) =>
    doc !== null && typeof doc === 'object' && typeof Reflect.get(doc, 'slug') === 'string' && typeof Reflect.get(doc, 'body') === 'object'
    && typeof Reflect.get(doc, '_raw') === 'object');
}

/** Reads the file; throws with the way to make it when it is missing or not the step's output. */
export function readGenerated(root: string): GeneratedContent {
  const file = generatedPath(root);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${path.relative(root, file)} is missing: run \`npm run content\` (or \`npm run build\`) first`);
  }
  const data: unknown = JSON.parse(text);
  if (data === null || typeof data !== 'object') throw new Error(`${file} is not the content step's output; run \`npm run content\``);
  const problems: unknown = Reflect.get(data, 'problems');
  if (Array.isArray(problems) && problems.length > 0) {
    return { entries: [], entities: [], problems: problems.map(String) };
  }
  const entries: unknown = Reflect.get(data, 'entries');
  const entities: unknown = Reflect.get(data, 'entities');
  if (!isDocList(entries) || !isDocList(entities)) throw new Error(`${file} is not the content step's output; run \`npm run content\``);
  return { entries, entities };
}

/** Writes `content` into the folder `dir` whole (through a temporary file), so a reader never sees half of it. */
export function writeGenerated(dir: string, content: GeneratedContent): void {
  writeAtomically(path.join(dir, GENERATED_FILE), JSON.stringify(content));
}

export function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
