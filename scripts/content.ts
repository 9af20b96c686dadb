/**
 * `npm run content`: the content step. Reads content/ (`--content <dir>` for another folder),
 * checks it against the schema, compiles every changed body and writes .generated/content.json
 * and the search files (`--out <dir>` for another folder), which the site reads. Exits 1 with one
 * line per problem (file, line, field) when any is found.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/checks/problem';
import { GENERATED_DIR } from '../lib/content-build/generated-file';
import { runContentStep } from '../lib/content-build/run-step';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: GENERATED_DIR } } });
const started = performance.now();
const result = await runContentStep(path.resolve(values.content), path.resolve(values.out), formatProblem);
const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
for (const problem of result.problems) console.error(formatProblem(problem));
if (result.problems.length > 0) {
  console.error(`content: ${plural(result.problems.length, 'problem', 'problems')}; the build stops here`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `content: ${plural(result.entries.length, 'entry', 'entries')} and ${plural(result.entities.length, 'entity', 'entities')} in ${seconds} s ` +
    `(${plural(result.compiled, 'body', 'bodies')} compiled, ${result.fromCache.toLocaleString('en')} from the cache)`,
);
