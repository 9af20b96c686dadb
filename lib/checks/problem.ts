/** A problem the checker found: which file, which line, which field, and what is wrong. */
import { visible } from '../content/visible-text';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  /** The field path, like `sources[0].url`, or `file` for problems with the file itself. */
  field: string;
  /** What is wrong, with the allowed values or a suggestion where there are some. */
  message: string;
  /**
   * `warning` for what needs a look but does not stop the build (an open status not reviewed
   * for a year); `npm run check -- --strict` treats warnings as errors. Absent means an error.
   */
  severity?: 'warning';
}

export const isWarning = (problem: Problem): boolean => problem.severity === 'warning';

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
  return `::${level} file=${escapeProperty(problem.file)},line=${problem.line},title=${escapeProperty(problem.field)}::${escapeData(problem.message)}`;
}

/** Sorts problems by file, then line, then field, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

/** Renders a field path the way contributors write it: `sources[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out === '' ? String(segment) : `${out}.${String(segment)}`;
  }, '');
}
