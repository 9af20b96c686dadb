/**
 * `npm run check`: checks every file in content/ and prints one line per problem.
 * Options: `--content <dir>` checks another folder; `--changed` reports only on files changed
 * against the main branch and the files linked with them (`--base <branch>` to compare with
 * another). Facts about each body (its words, what it may not contain) are kept in .generated/
 * between runs, so only changed bodies are parsed; `--cache <dir>` keeps them elsewhere.
 * Warnings (an open status not reviewed for a year) are printed but pass, unless
 * `--strict` makes them errors; `--today <YYYY-MM-DD>` checks as if on another day. Inside GitHub
 * Actions it also prints annotations, so problems show on the diff.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles } from '../lib/checks/changed-files';
import { checkContent } from '../lib/checks/check-content';
import { openBodyFacts } from '../lib/content-build/body-facts-cache';
import { GENERATED_DIR } from '../lib/content-build/generated-file';
import { focusFiles } from '../lib/checks/focus';
import { formatAnnotation, formatProblem } from '../lib/checks/problem';
import { isWarning } from '../lib/content/problem';
import { isRealDate } from '../lib/content/dates';
import { visible } from '../lib/content/visible-text';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    changed: { type: 'boolean', default: false },
    base: { type: 'string' },
    strict: { type: 'boolean', default: false },
    today: { type: 'string' },
    cache: { type: 'string', default: GENERATED_DIR },
  },
});
if (values.today !== undefined && !isRealDate(values.today)) {
  console.error(`npm run check -- --today: "${visible(values.today)}" is not a date written YYYY-MM-DD`);
  process.exit(2);
}
const root = path.resolve(values.content);
// Bodies read in earlier runs (by the checker or the content step) are not parsed again.
const bodies = openBodyFacts(path.resolve(values.cache));
const { problems: all, tree } = await checkContent(root, { today: values.today, bodies });
bodies.save();

let problems = all;
let counted = `${tree.entries.length} entries, ${tree.entities.length} entities, ${tree.topics.length} topics`;
if (values.changed) {
  const changed = changedFiles(root, values.base);
  if (!changed.ok) {
    console.error(`npm run check -- --changed: ${visible(changed.error)}`);
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const warnings = problems.filter(isWarning).length;
const errors = values.strict ? problems.length : problems.length - warnings;
const where = path.relative(process.cwd(), root) || '.';
if (errors > 0) {
  const counts = values.strict || warnings === 0 ? plural(errors, 'problem') : `${plural(errors, 'problem')} and ${plural(warnings, 'warning')}`;
  console.error(`\n✖ ${counts} in ${where} (${counted})${values.strict && warnings > 0 ? '; --strict counts warnings as problems' : ''}`);
  process.exit(1);
}
if (warnings > 0) {
  console.error(`\n⚠ ${plural(warnings, 'warning')} in ${where}: they pass, but \`npm run check -- --strict\` refuses them`);
}
console.log(`✔ content is valid: ${counted}`);
