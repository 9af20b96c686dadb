/** Finding the part of a schema that governs a field path like `['sources', 0, 'date']`. */
import { z } from 'zod';

/** The schema for `path`, or undefined when the path leaves the schema. */
export function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const segment of path) {
    while (current instanceof z.ZodOptional) current = current.unwrap();
    if (current instanceof z.ZodArray && typeof segment === 'number') current = current.element;
    else if (current instanceof z.ZodObject && typeof segment === 'string') current = current.shape[segment];
    else return undefined;
  }
  return current;
}

/** True when the field at `path` may be left out. */
export function isOptionalAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): boolean {
  return schemaAt(schema, path) instanceof z.ZodOptional;
}

/** The keys an object at `path` may have, for "did you mean" on unknown keys. */
export function allowedKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let found = schemaAt(schema, path);
  while (found instanceof z.ZodOptional) found = found.unwrap();
  return found instanceof z.ZodObject ? Object.keys(found.shape) : [];
}
