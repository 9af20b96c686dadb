/** How the checker prints a problem: one line for people, or a GitHub annotation in CI. */
import { isWarning, type Problem } from '../content/problem';
import { visible } from '../content/visible-text';

/**
 * `content/entries/2020/x.mdx:12: sources[0].url: must be an https URL`; a warning reads
 * `…:12: reviewed: warning: …`. Messages quote contributors' values, so hidden characters are
 * shown escaped: a newline in a value cannot start a line of its own (in CI, a line starting
 * `::` would be a workflow command), and bidirectional controls cannot reorder the line.
 */
export function formatProblem(problem: Problem): string {
  return visible(`${problem.file}:${problem.line}: ${problem.field}: ${isWarning(problem) ? 'warning: ' : ''}${problem.message}`);
}

/**
 * A GitHub Actions workflow command that shows the problem on the pull request's diff.
 * Data is escaped as the runner expects, so a message with a colon or newline stays whole.
 */
export function formatAnnotation(problem: Problem): string {
  const escapeData = (value: string) => visible(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
  const escapeProperty = (value: string) => escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const level = isWarning(problem) ? 'warning' : 'error';
  const title = problem.rule ? `${problem.field} (${problem.rule})` : problem.field;
  return `::${level} file=${escapeProperty(problem.file)},line=${problem.line},title=${escapeProperty(title)}::${escapeData(problem.message)}`;
}

