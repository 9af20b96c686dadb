/**
 * The data-access module every route reads from: the generated collections, checked through the
 * schema once per build, plus the topic list. Routes stay thin and never import content directly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allEntities, allEntries } from 'contentlayer/generated';
import { parse as parseYaml } from 'yaml';
import { buildCollection, type Collection, type GeneratedDoc } from './content/collection';
import { coverageFileSchema, topicsFileSchema, type CoverageArea } from './content/schema';

let collection: Collection | undefined;

function readTopics() {
  const file = path.join(process.cwd(), 'content', 'topics.yml');
  return topicsFileSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

/** The whole checked collection; built on first use and kept for the rest of the build. */
export function getCollection(): Collection {
  collection ??= buildCollection(
    allEntries as unknown as GeneratedDoc[],
    allEntities as unknown as GeneratedDoc[],
    readTopics(),
  );
  return collection;
}

let coverageAreas: CoverageArea[] | undefined;

/** The areas contributors know to be thin, from content/coverage.yml (checked by the schema). */
export function getCoverageAreas(): CoverageArea[] {
  coverageAreas ??= coverageFileSchema.parse(parseYaml(readFileSync(path.join(process.cwd(), 'content', 'coverage.yml'), 'utf8')));
  return coverageAreas;
}
