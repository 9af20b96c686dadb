/**
 * `npm run check`: checks every file in content/ and prints one line per problem.
 * Options: `--content <dir>` checks another folder. Inside GitHub Actions it also prints
 * annotations, so problems show on the pull request's diff.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/check-content';
import { formatAnnotation, formatProblem } from '../lib/checks/problem';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const root = path.resolve(values.content);
const { problems, tree } = await checkContent(root);

for (const problem of problems) console.error(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(formatAnnotation(problem));
}

const counted = `${tree.entries.length} entries, ${tree.entities.length} entities, ${tree.topics.length} topics`;
if (problems.length > 0) {
  console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), root) || '.'} (${counted})`);
  process.exit(1);
}
console.log(`✔ content is valid: ${counted}`);
