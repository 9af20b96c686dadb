/** A problem found in a content file: which file, which line, which field, and what is wrong. */
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
  /** The id of the checker rule that found it (`references`), or `read-files` for a file that could not be read. */
  rule?: string;
}

export const isWarning = (problem: Problem): boolean => problem.severity === 'warning';

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
