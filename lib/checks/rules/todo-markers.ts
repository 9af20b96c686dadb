/**
 * Nothing the scaffold marked TODO may stay: each unfilled value and each body line with the
 * marker is reported on its own line. The other rules leave TODO values to this one.
 */
import { entitySchema, entrySchema } from '../../content/schema';
import { isTodo, todoLines } from '../../content/todo';
import type { ContentDoc } from '../../content/content-tree';
import { fieldPath, type Problem } from '../../content/problem';
import { LEGISLATION_FIELDS } from '../../content/schema';
import { problemAt, type Rule } from '../rule';
import { isOptionalAt } from '../../content/schema-path';

/** Paths of every TODO value in frontmatter data, depth first. */
function todoPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (isTodo(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => todoPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => todoPaths(item, [...path, key]));
  }
  return [];
}

/** What to do about a TODO at `path`: fill it in, or, where the field may go, delete it. */
function advice(doc: ContentDoc, path: readonly PropertyKey[]): string {
  const schema = doc.type === 'entry' ? entrySchema : entitySchema;
  const required = (at: readonly PropertyKey[]) =>
    doc.type === 'entry' && doc.parsed.data.kind === 'legislation' && at.length === 1 && LEGISLATION_FIELDS.includes(String(at[0]));
  // The nearest field that may be left out: the value itself, or a list it belongs to.
  for (let length = path.length; length > 0; length--) {
    const at = path.slice(0, length);
    if (isOptionalAt(schema, at) && !required(at)) {
      return length === path.length
        ? 'still says TODO; fill it in, or delete it if it does not apply'
        : `still says TODO; fill it in, or delete the whole \`${fieldPath(at)}\` field if it does not apply`;
    }
  }
  return 'still says TODO; fill it in';
}

function checkDoc(doc: ContentDoc): Problem[] {
  const fields = todoPaths(doc.parsed.data).map((path) => problemAt(doc, path, advice(doc, path)));
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
