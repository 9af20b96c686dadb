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

let collection: { version: number | undefined; value: Collection } | undefined;

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
  const version = generatedVersion(root);
  if (!collection || collection.version !== version) {
    const generated = readGenerated(root);
    if (generated.problems) {
      throw new Error(`The content step stopped on these problems (fix them and save, or run \`npm run content\`):\n${generated.problems.join('\n')}`);
    }
    collection = { version, value: buildCollection(generated.entries, generated.entities, readTopics()) };
  }
  return collection.value;
}

let coverageAreas: CoverageArea[] | undefined;

/** The areas contributors know to be thin, from content/coverage.yml (checked by the schema). */
export function getCoverageAreas(): CoverageArea[] {
  coverageAreas ??= coverageFileSchema.parse(parseYaml(readFileSync(path.join(process.cwd(), 'content', 'coverage.yml'), 'utf8')));
  return coverageAreas;
}
