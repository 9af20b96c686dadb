/**
 * A content-hash cache of compiled bodies, so an unchanged body is not compiled again. Keys are
 * hashes of the body, the line it starts on and the compiler (its version and the project's MDX
 * rules), never file times: a fresh checkout of unchanged content hits the cache too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './generated-file';

const lib = path.resolve(import.meta.dirname, '..');

/**
 * What a compiled body depends on besides its text: the MDX compiler's and GFM's versions and
 * the source of lib/mdx and this folder (the plugins, the guard, the compile options), but for
 * the search files' writer and the body facts' store.
 */
export function compilerKey(): string {
  const hash = createHash('sha256');
  // Read by path: these packages do not export their package.json.
  for (const name of ['@mdx-js/mdx', 'remark-gfm', 'remark-mdx']) {
    hash.update(readFileSync(path.join(lib, '..', 'node_modules', name, 'package.json')));
  }
  for (const folder of ['mdx', 'content-build']) {
    for (const name of readdirSync(path.join(lib, folder)).sort()) {
      // The search files and body facts are made after compiling, from the documents: a change there compiles nothing again.
      if (folder === 'content-build' && (name === 'search-files.ts' || name === 'body-facts-cache.ts')) continue;
      hash.update(name).update(readFileSync(path.join(lib, folder, name)));
    }
  }
  return hash.digest('hex');
}

export const bodyKey = (compiler: string, body: string, bodyLine: number): string =>
  createHash('sha256').update(compiler).update('\0').update(String(bodyLine)).update('\0').update(body).digest('hex');

export const CACHE_FILE = 'compiled-bodies.json';

/** The cached code by key; an unreadable or foreign cache is an empty one. */
export function readCache(dir: string): Map<string, string> {
  try {
    const data: unknown = JSON.parse(readFileSync(path.join(dir, CACHE_FILE), 'utf8'));
    if (data === null || typeof data !== 'object') return new Map();
    return new Map(Object.entries(data).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch {
    return new Map();
  }
}

/**
 * Replaces the cache with this run's bodies, so it never holds more than the content. `before`
 * is the cache as read: when this run used exactly its bodies, the file is left as it is.
 */
export function writeCache(dir: string, cache: ReadonlyMap<string, string>, before?: ReadonlyMap<string, string>): void {
  if (before && before.size === cache.size && [...cache.keys()].every((key) => before.has(key))) return;
  writeAtomically(path.join(dir, CACHE_FILE), JSON.stringify(Object.fromEntries(cache)));
}
