/**
 * Reads the whole content folder from disk: every entry, every entity and the topic list, each
 * parsed but not yet checked. Files in the wrong place, folders and symlinks where a file belongs,
 * and unreadable files become problems rather than exceptions.
 *
 * The files are read synchronously: at 10,000 entries, awaiting each lstat and read in turn left
 * the process idle for 5 to 7 s of thread-pool round trips, a third of the checker's time.
 */
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { coverageFileSchema, topicsFileSchema, type CoverageArea, type Topic } from './schema';
import { fieldPath, type Problem } from './problem';
import { MAX_FILE_BYTES, readFrontmatterFile, tooLargeMessage, type ParsedFile } from './read-document';

export type DocType = 'entry' | 'entity';

export interface ContentDoc {
  type: DocType;
  /** The file name without `.mdx`: the document's slug and URL. */
  slug: string;
  /** For entries, the year folder the file sits in. */
  folder?: string;
  parsed: ParsedFile;
}

export interface ContentTree {
  entries: ContentDoc[];
  entities: ContentDoc[];
  topics: Topic[];
  /** The areas known to be thin, from `coverage.yml` (optional: none when the file is absent). */
  coverage: CoverageArea[];
  /** Problems found while reading: files that could not be parsed at all. */
  problems: Problem[];
  /**
   * Documents whose file exists but could not be read. Their own problem says why; other files
   * that name them are not told that they do not exist.
   */
  unreadable: { type: DocType; slug: string }[];
}

/** How a path is shown to contributors: relative to the working directory, forward slashes. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}

interface Listing {
  files: string[];
  problems: Problem[];
}

/** A folder's entries by name, typed by the listing itself (no lstat per file); none when it cannot be read. */
function listFolder(dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return undefined;
  }
}

/** Lists the `.mdx` files directly inside `dir`; anything else there is a problem. */
function listMdx(dir: string, what: string): Listing {
  const listing: Listing = { files: [], problems: [] };
  for (const entry of listFolder(dir) ?? []) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const absolute = path.join(dir, name);
    const file = displayPath(absolute);
    if (entry.isSymbolicLink()) {
      listing.problems.push({ file, line: 1, field: 'file', message: `is a symbolic link; ${what} must be ordinary files` });
    } else if (entry.isDirectory()) {
      listing.problems.push({ file, line: 1, field: 'file', message: `is a folder where ${what} belong; move its files up or remove it` });
    } else if (!entry.isFile()) {
      // A named pipe or device would block or never end when read.
      listing.problems.push({ file, line: 1, field: 'file', message: `is not an ordinary file (a pipe, socket or device); ${what} must be ordinary files` });
    } else if (!name.endsWith('.mdx')) {
      listing.problems.push({ file, line: 1, field: 'file', message: `is not an .mdx file; ${what} are written as <slug>.mdx` });
    } else {
      listing.files.push(absolute);
    }
  }
  return listing;
}

function readDoc(absolute: string, type: DocType, folder: string | undefined, tree: ContentTree) {
  const file = displayPath(absolute);
  const slug = path.basename(absolute, '.mdx');
  // The size is checked before reading, so a huge file is never loaded into memory.
  const size = lstatSync(absolute, { throwIfNoEntry: false })?.size;
  if (size === undefined) return; // removed while the folder was being read
  if (size > MAX_FILE_BYTES) {
    tree.problems.push({ file, line: 1, field: 'file', message: tooLargeMessage(size) });
    tree.unreadable.push({ type, slug });
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    tree.problems.push({ file, line: 1, field: 'file', message: `could not be read: ${reason}` });
    tree.unreadable.push({ type, slug });
    return;
  }
  const { parsed, problems } = readFrontmatterFile(file, bytes);
  tree.problems.push(...problems);
  if (!parsed) {
    tree.unreadable.push({ type, slug });
    return;
  }
  const doc: ContentDoc = { type, slug, parsed, ...(folder ? { folder } : {}) };
  (type === 'entry' ? tree.entries : tree.entities).push(doc);
}

/** Reads `<root>/entries/<year>/*.mdx`, `<root>/entities/*.mdx` and `<root>/topics.yml`. */
export function readContentTree(root: string): ContentTree {
  const tree: ContentTree = { entries: [], entities: [], topics: [], coverage: [], problems: [], unreadable: [] };
  const entriesDir = path.join(root, 'entries');

  const years = listFolder(entriesDir);
  if (!years) {
    tree.problems.push({ file: displayPath(entriesDir), line: 1, field: 'file', message: 'is missing; entries live in content/entries/<year>/' });
  }
  for (const entry of years ?? []) {
    const year = entry.name;
    if (year.startsWith('.')) continue;
    const absolute = path.join(entriesDir, year);
    if (entry.isSymbolicLink()) {
      tree.problems.push({ file: displayPath(absolute), line: 1, field: 'file', message: 'is a symbolic link; a year folder must be an ordinary folder' });
      continue;
    }
    if (!entry.isDirectory() || !/^\d{4}$/.test(year)) {
      tree.problems.push({
        file: displayPath(absolute),
        line: 1,
        field: 'file',
        message: 'does not belong here; entries live in a folder named for their year: content/entries/2020/<slug>.mdx',
      });
      continue;
    }
    const listing = listMdx(absolute, 'entries');
    tree.problems.push(...listing.problems);
    for (const file of listing.files) readDoc(file, 'entry', year, tree);
  }

  const entities = listMdx(path.join(root, 'entities'), 'entities');
  tree.problems.push(...entities.problems);
  for (const file of entities.files) readDoc(file, 'entity', undefined, tree);

  tree.topics = readYamlList(path.join(root, 'topics.yml'), topicsFileSchema, tree.problems, { optional: false });
  tree.coverage = readYamlList(path.join(root, 'coverage.yml'), coverageFileSchema, tree.problems, { optional: true });
  return tree;
}

/**
 * A YAML list file (`topics.yml`, `coverage.yml`) checked against its schema; each problem names
 * the line of the item or field at fault. An optional file that is absent is an empty list.
 */
function readYamlList<T>(file: string, schema: z.ZodType<T[]>, problems: Problem[], { optional }: { optional: boolean }): T[] {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (!optional) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      problems.push({ file: shown, line: 1, field: 'file', message: `could not be read: ${reason}` });
    }
    return [];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    problems.push({ file: shown, line: lineCounter.linePos(error.pos[0]).line, field: 'file', message: `is not valid YAML: ${error.message.split('\n')[0]}` });
    return [];
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (thrown) {
    problems.push({ file: shown, line: 1, field: 'file', message: `could not be read: ${thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown)}` });
    return [];
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
    const parent = doc.getIn(issue.path.slice(0, -1), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? parent?.range?.[0] ?? 0;
    problems.push({ file: shown, line: lineCounter.linePos(offset).line, field: fieldPath(issue.path as PropertyKey[]) || 'file', message: issue.message });
  }
  return [];
}
