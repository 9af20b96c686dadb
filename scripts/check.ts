/**
 * `npm run check`: checks every file in content/ and prints one line per problem.
 * Options: `--content <dir>` checks another folder; `--changed` reports only on files changed
 * against the main branch and the files linked with them (`--base <branch>` to compare with
 * another). Inside GitHub Actions it also prints annotations, so problems show on the diff.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles } from '../lib/checks/changed-files';
import { checkContent } from '../lib/checks/check-content';
import { focusFiles } from '../lib/checks/focus';
import { formatAnnotation, formatProblem } from '../lib/checks/problem';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    changed: { type: 'boolean', default: false },
    base: { type: 'string' },
  },
});
const root = path.resolve(values.content);
const { problems: all, tree } = await checkContent(root);

let problems = all;
let counted = `${tree.entries.length} entries, ${tree.entities.length} entities, ${tree.topics.length} topics`;
if (values.changed) {
  const changed = changedFiles(root, values.base);
  if (!changed.ok) {
    console.error(`npm run check -- --changed: ${changed.error}`);
    process.exit(2);
  }
  const focus = focusFiles(tree, root, changed.value.files);
  problems = all.filter((problem) => focus.has(problem.file));
  counted = `${focus.size} file${focus.size === 1 ? '' : 's'} changed against ${changed.value.base} or linked with them`;
}

for (const problem of problems) console.error(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(formatAnnotation(problem));
}

if (problems.length > 0) {
  console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), root) || '.'} (${counted})`);
  process.exit(1);
}
console.log(`✔ content is valid: ${counted}`);
