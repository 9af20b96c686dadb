/**
 * One run of the content step with its files: the cache read before and written after, and the
 * generated content and search files (or the problems) written for the site. Shared by `npm run
 * content` and `npm run dev`, which runs it again on every change under content/.
 */
import type { Problem } from '../content/problem';
import { compilerKey, readCache, writeCache } from './body-cache';
import { openBodyFacts } from './body-facts-cache';
import { buildContent, type ContentStepResult } from './build-content';
import { writeGenerated } from './generated-file';
import { writeSearchFiles, writeSearchList } from './search-files';

/**
 * Builds `contentDir` into the folder `dir` (the site reads `.generated/`). `format` renders a
 * problem the way the checker prints it; the problems go into the generated file too, so the
 * site shows them rather than old text.
 */
export async function runContentStep(contentDir: string, dir: string, format: (problem: Problem) => string): Promise<ContentStepResult> {
  const cache = readCache(dir);
  const result = await buildContent(contentDir, { cache, compiler: compilerKey() });
  if (result.problems.length > 0) {
    const problems = result.problems.map(format);
    writeGenerated(dir, { entries: [], entities: [], problems });
    writeSearchList(dir, { files: [], problems });
  } else {
    writeGenerated(dir, { entries: result.entries, entities: result.entities });
    // Bodies' plain text kept from earlier runs (the checker's too): only changed bodies are parsed.
    const bodies = openBodyFacts(dir);
    writeSearchFiles(dir, result.entries, result.entities, result.topics, (body) => bodies.facts(body).text);
    bodies.save();
  }
  writeCache(dir, result.cache, cache);
  return result;
}
