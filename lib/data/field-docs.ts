/**
 * One line per field of the data records, shown on the /data/ page: read from the schemas'
 * descriptions (the content schema for frontmatter fields, data-schema.ts for derived ones), so a
 * field's meaning is written once and schema.json carries the same words.
 */
import type { z } from 'zod';
import { entityRecordSchema, entryRecordSchema, type EntityRecord, type EntryRecord } from './data-schema';

function docsOf<K extends string>(shape: Record<K, z.ZodType>): Record<K, string> {
  return Object.fromEntries(Object.entries<z.ZodType>(shape).map(([field, schema]) => [field, schema.description ?? ''])) as Record<K, string>;
}

export const ENTRY_FIELD_DOCS: Record<keyof EntryRecord, string> = docsOf(entryRecordSchema.shape);
export const ENTITY_FIELD_DOCS: Record<keyof EntityRecord, string> = docsOf(entityRecordSchema.shape);
