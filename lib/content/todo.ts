/**
 * The marker `npm run new` writes where a contributor still has to fill something in. The
 * checker refuses a file while any value or body line still carries it.
 */
export const TODO = 'TODO';

/** True for a frontmatter value the scaffold left unfilled: a string starting with TODO. */
export function isTodo(value: unknown): value is string {
  return typeof value === 'string' && value.trimStart().startsWith(TODO);
}

/** Body lines (1-based) that still hold the marker as a word. */
export function todoLines(body: string): number[] {
  return body.split('\n').flatMap((line, index) => (/\bTODO\b/.test(line) ? [index + 1] : []));
}
