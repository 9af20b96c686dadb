/**
 * The data-access module every route reads from: the content step's output, checked through the
 * schema once per build, plus the topic list. Routes stay thin and never import content directly.
 * The output is read with `fs` when a page is built, never imported, so `next build` does not
 * copy the whole collection into its chunks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCollection, type Collection } from './content/collection';
import { generatedVersion, readGenerated } from './content-build/generated-file';
import { coverageFileSchema, topicsFileSchema, type CoverageArea } from './content/schema';

interface CachedCollection {
  root: string;
  version: number | undefined;
  value: Collection;
}

/**
 * Kept on globalThis rather than in this module: `next build` bundles each route separately, so a
 * module-level variable held one copy of the collection per route in every worker. At 10,000
 * entries each copy cost 2 to 3 s of reading and building (bench:build); one per process is enough.
 */
const CACHE_KEY = Symbol.for('facial-recognition-policy-tracker.collection');
const cache = globalThis as typeof globalThis & { [CACHE_KEY]?: CachedCollection };

function readTopics() {
  const file = path.join(process.cwd(), 'content', 'topics.yml');
  return topicsFileSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

/**
 * The whole checked collection; built on first use and kept while the content step's file is
 * unchanged (under `npm run dev` the step rewrites it on every save).
 */
export function getCollection(): Collection {
  const root = process.cwd();
  const cached = cache[CACHE_KEY];
  // A production build reads the content step's file once: it cannot change while pages are
  // built, and pages ask for the collection many times each (a `stat` per call cost about 0.8 s
  // of each build worker's time at 10,000 entries).
  if (cached && cached.root === root && process.env.NODE_ENV === 'production') return cached.value;
  const version = generatedVersion(root);
  if (cached && cached.root === root && cached.version === version) return cached.value;
  const generated = readGenerated(root);
  if (generated.problems) {
    throw new Error(`The content step stopped on these problems (fix them and save, or run \`npm run content\`):\n${generated.problems.join('\n')}`);
  }
  const value = buildCollection(generated.entries, generated.entities, readTopics());
  cache[CACHE_KEY] = { root, version, value };
  return value;
}

let coverageAreas: CoverageArea[] | undefined;

/** The areas contributors know to be thin, from content/coverage.yml (checked by the schema). */
export function getCoverageAreas(): CoverageArea[] {
  coverageAreas ??= coverageFileSchema.parse(parseYaml(readFileSync(path.join(process.cwd(), 'content', 'coverage.yml'), 'utf8')));
  return coverageAreas;
}
