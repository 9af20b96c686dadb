/**
 * Nothing the scaffold marked TODO may stay: each unfilled value and each body line with the
 * marker is reported on its own line. The other rules leave TODO values to this one.
 */
import { entitySchema, entrySchema } from '../../content/schema';
import { isTodo, todoLines } from '../../content/todo';
import type { ContentDoc } from '../content-tree';
import type { Problem } from '../problem';
import { problemAt, type Rule } from '../rule';
import { isOptionalAt } from '../schema-path';

/** Paths of every TODO value in frontmatter data, depth first. */
function todoPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (isTodo(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => todoPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => todoPaths(item, [...path, key]));
  }
  return [];
}

function checkDoc(doc: ContentDoc): Problem[] {
  const schema = doc.type === 'entry' ? entrySchema : entitySchema;
  const fields = todoPaths(doc.parsed.data).map((path) =>
    problemAt(
      doc,
      path,
      isOptionalAt(schema, path)
        ? 'still says TODO; fill it in, or delete it if it does not apply'
        : 'still says TODO; fill it in',
    ),
  );
  const body = todoLines(doc.parsed.body).map((line) => ({
    file: doc.parsed.file,
    line: doc.parsed.bodyLine + line - 1,
    field: 'body',
    message: 'still has a TODO; write the text in its place',
  }));
  return [...fields, ...body];
}

export const todoMarkers: Rule = {
  id: 'todo-markers',
  description: 'No value or body line still carries the TODO marker that `npm run new` writes.',
  check: ({ entries, entities }) => [...entries, ...entities].flatMap(checkDoc),
};
