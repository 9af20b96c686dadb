/**
 * What the islands step wrote (lib/islands/build-islands.ts), read when pages are built: the
 * script of each kind of page and the chunks it imports, under the site path `/islands/`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR } from '../content-build/generated-file';
import { withBasePath } from '../site-config';

export const ISLANDS_MANIFEST = 'manifest.json';
/** Where the islands step writes (gitignored with the rest of .generated/). */
export const islandsDir = (root: string): string => path.join(root, GENERATED_DIR, 'islands');
/** The site path the files are served under (app/islands/[file]/route.ts). */
export const ISLANDS_PATH = '/islands';

/** `lazy`: the chunks the entry's `import()`s load (lib/islands/lazy-chunks.ts). */
export type IslandsManifest = Record<string, { file: string; imports: string[]; lazy?: string[] }>;

export interface IslandScriptFiles {
  /** The entry module, loaded with `<script type="module">`. */
  script: string;
  /** Chunks it imports, preloaded side by side with it. */
  preload: string[];
}

const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((i: unknown) => typeof i === 'string');

function isManifest(value: unknown): value is IslandsManifest {
  return typeof value === 'object' && value !== null && Object.values(value).every((item: unknown) =>
    typeof item === 'object' && item !== null && 'file' in item && typeof item.file === 'string' && 'imports' in item && isStrings(item.imports) && (!('lazy' in item) || isStrings(item.lazy)));
}

export function readIslandsManifest(root = process.cwd()): IslandsManifest {
  const file = path.join(islandsDir(root), ISLANDS_MANIFEST);
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isManifest(parsed)) throw new Error('not a map of entry names to { file, imports }');
    return parsed;
  } catch (error) {
    throw new Error(`${path.relative(root, file)}: cannot read the islands manifest (${error instanceof Error ? error.message : String(error)}); run \`npm run islands\` (npm run build does it)`);
  }
}

/** The addresses a page of kind `entry` loads; an unknown entry stops the build with its name. */
export function islandScriptFiles(entry: string, manifest: IslandsManifest = readIslandsManifest()): IslandScriptFiles {
  const found = manifest[entry];
  if (!found) throw new Error(`islands: no entry "${entry}" in the manifest (entries: ${Object.keys(manifest).join(', ') || 'none'}); add components/islands/entries/${entry}.tsx`);
  const url = (file: string) => withBasePath(`${ISLANDS_PATH}/${file}`);
  return { script: url(found.file), preload: found.imports.map(url) };
}

/** The addresses of the chunks a page of kind `entry` loads later with `import()`, for a page that preloads them. */
export function islandLazyFiles(entry: string, manifest: IslandsManifest = readIslandsManifest()): string[] {
  return (manifest[entry]?.lazy ?? []).map((file) => withBasePath(`${ISLANDS_PATH}/${file}`));
}
