/**
 * The content step (`npm run content`, and `npm run build` before `next build`): reads content/
 * as the checker does, checks every document against the schema, compiles each body (from the
 * cache when the body is unchanged) and returns the documents the site reads, or every problem
 * with its file, line and field.
 */
import path from 'node:path';
import type { z } from 'zod';
import type { GeneratedDoc } from '../content/collection';
import { readContentTree, type ContentDoc } from '../content/content-tree';
import { fieldPath, sortProblems, type Problem } from '../content/problem';
import { entitySchema, entrySchema, type Topic } from '../content/schema';
import { describeIssue } from '../content/schema-messages';
import { bodyKey } from './body-cache';
import { compileBody } from './compile-body';

export interface ContentStepOptions {
  /** Compiled code by body key, from earlier runs; entries used this run are kept in `cache`. */
  cache: ReadonlyMap<string, string>;
  /** The compiler's key (see body-cache.ts). */
  compiler: string;
}

export interface ContentStepResult {
  entries: GeneratedDoc[];
  entities: GeneratedDoc[];
  /** content/topics.yml, checked (the search files need the topics' labels). */
  topics: Topic[];
  /** Problems that stop the build; empty when the step succeeded. */
  problems: Problem[];
  /** The cache to write back: the code of every body of this run, by key. */
  cache: Map<string, string>;
  compiled: number;
  fromCache: number;
}

/** Schema problems of one document, each on the line its field is written. */
function schemaProblems(doc: ContentDoc, schema: z.ZodType): Problem[] {
  const result = schema.safeParse(doc.parsed.data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue, schema).map(({ path: at, message }) => ({
      file: doc.parsed.file,
      line: doc.parsed.locate(at),
      field: fieldPath(at) || 'frontmatter',
      message,
    })),
  );
}

/** Runs the step on the content folder `contentDir`. Never throws on bad content. */
export async function buildContent(contentDir: string, options: ContentStepOptions): Promise<ContentStepResult> {
  const tree = readContentTree(contentDir);
  const problems: Problem[] = [...tree.problems];
  const cache = new Map<string, string>();
  let compiled = 0;
  let fromCache = 0;

  async function generate(doc: ContentDoc, schema: z.ZodType, folder: string): Promise<GeneratedDoc | undefined> {
    const found = schemaProblems(doc, schema);
    const { body, bodyLine, file, data } = doc.parsed;
    const key = bodyKey(options.compiler, body, bodyLine);
    let code = options.cache.get(key);
    if (code === undefined) {
      const result = await compileBody(body, bodyLine);
      for (const error of result.errors ?? []) found.push({ file, line: error.line, field: 'body', message: error.message });
      code = result.code;
      compiled++;
    } else {
      fromCache++;
    }
    if (code !== undefined) cache.set(key, code);
    problems.push(...found);
    if (found.length > 0 || code === undefined) return undefined;
    // The generated keys come last, so a frontmatter key cannot replace them.
    return { ...data, slug: doc.slug, body: { raw: body, code }, _raw: { sourceFilePath: path.posix.join(folder, `${doc.slug}.mdx`) } };
  }

  const entries: GeneratedDoc[] = [];
  for (const doc of tree.entries) {
    const generated = await generate(doc, entrySchema, `entries/${doc.folder ?? ''}`);
    if (generated) entries.push(generated);
  }
  const entities: GeneratedDoc[] = [];
  for (const doc of tree.entities) {
    const generated = await generate(doc, entitySchema, 'entities');
    if (generated) entities.push(generated);
  }
  return { entries, entities, topics: tree.topics, problems: sortProblems(problems), cache, compiled, fromCache };
}
