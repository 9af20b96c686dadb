/**
 * The shape of the open data files, built on the content schema so that the two cannot drift:
 * each entry record is the entry's frontmatter schema plus what the site derives (slug, page
 * URL, body, links both ways). `/data/schema.json` is generated from these with zod's
 * `z.toJSONSchema`, and the build parses every data file through them.
 */
import { z } from 'zod';
import { entitySchema, entrySchema, FIELD_FORMATS, httpsUrl, slugField } from '../content/schema';
import { DATE_PRECISIONS, RELATIONS } from '../content/vocab';
import { ENTITY_FIELD_DOCS, ENTRY_FIELD_DOCS } from './field-docs';

/** Raised when a data file changes shape in a way that breaks readers. */
export const SCHEMA_VERSION = 1;

const siteUrl = z.url();
const sitePath = z.string().regex(/^\//);

export const linkRecordSchema = z.strictObject({
  direction: z.enum(['out', 'in']).describe('`out`: this entry wrote the link; `in`: the other entry did.'),
  rel: z.enum(RELATIONS.values).describe('The relation as written on the entry that holds it.'),
  words: z.string().describe('The relation read from this entry\'s side: "extends" or "extended by".'),
  entry: slugField.describe('The other entry\'s slug.'),
  url: siteUrl,
});

export const entryRecordSchema = entrySchema.extend({
  datePrecision: z.enum(DATE_PRECISIONS.values),
  slug: slugField,
  url: siteUrl,
  path: sitePath,
  sourceFile: z.string(),
  body: z.string(),
  links: z.array(linkRecordSchema),
});

export const appearanceRecordSchema = z.strictObject({
  entry: slugField,
  roles: z.array(z.enum(['actor', 'jurisdiction'])),
});

export const entityRecordSchema = entitySchema.extend({
  slug: slugField,
  url: siteUrl,
  path: sitePath,
  feedUrl: siteUrl,
  sourceFile: z.string(),
  description: z.string(),
  entries: z.array(appearanceRecordSchema),
});

const licenceSchema = z.strictObject({ name: z.string(), url: httpsUrl });

const fileHeader = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  site: siteUrl.describe('Where the site lives.'),
  licence: licenceSchema,
  count: z.int().nonnegative(),
};

export const entriesFileSchema = z
  .strictObject({ dataset: z.literal('entries'), ...fileHeader, entries: z.array(entryRecordSchema) })
  .meta({ id: 'EntriesFile', title: 'entries.json', description: 'Every entry, oldest first.' });

export const entitiesFileSchema = z
  .strictObject({ dataset: z.literal('entities'), ...fileHeader, entities: z.array(entityRecordSchema) })
  .meta({ id: 'EntitiesFile', title: 'entities.json', description: 'Every company, organisation, place and person, by name.' });

export type EntryRecord = z.infer<typeof entryRecordSchema>;
export type EntityRecord = z.infer<typeof entityRecordSchema>;
export type EntriesFile = z.infer<typeof entriesFileSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;

/**
 * The JSON Schema (draft 2020-12) of both files, `$id` at `schemaUrl`. Refinements have no JSON
 * Schema form, so dates and https addresses get their `format` and `pattern` here.
 */
export function dataJsonSchema(schemaUrl: string): Record<string, unknown> {
  const both = z.union([entriesFileSchema, entitiesFileSchema]);
  const generated = z.toJSONSchema(both, {
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      // By registry, not identity: a field's `.describe()` makes a copy of dateField or httpsUrl.
      const kind = FIELD_FORMATS.get(zodSchema)?.kind;
      if (kind === 'date') Object.assign(jsonSchema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      // Addresses are written as URIs (records.ts percent-encodes non-ASCII paths).
      if (kind === 'url') Object.assign(jsonSchema, { format: 'uri', pattern: '^https://' });
    },
  });
  describeRecordFields(generated, 'EntriesFile', 'entries', ENTRY_FIELD_DOCS);
  describeRecordFields(generated, 'EntitiesFile', 'entities', ENTITY_FIELD_DOCS);
  return {
    ...generated,
    $id: schemaUrl,
    title: 'Facial Recognition Policy Tracker open data',
    description: 'The shape of /data/entries.json (EntriesFile) and /data/entities.json (EntitiesFile).',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows `keys` down a generated schema, checking that each step is an object. */
function at(node: unknown, keys: string[]): Record<string, unknown> | undefined {
  let current: unknown = node;
  for (const key of keys) current = isRecord(current) ? current[key] : undefined;
  return isRecord(current) ? current : undefined;
}

/** Writes each record field's one-line meaning into the generated schema. */
function describeRecordFields(schema: Record<string, unknown>, def: string, list: string, docs: Record<string, string>): void {
  const properties = at(schema, ['$defs', def, 'properties', list, 'items', 'properties']);
  if (!properties) throw new Error(`data schema: ${def}.${list} has no record properties`);
  for (const [field, doc] of Object.entries(docs)) {
    const property = at(properties, [field]);
    if (!property) throw new Error(`data schema: ${def}.${list} has no field "${field}"`);
    property.description = doc;
  }
}
