/**
 * The shape of the open data files, built on the content schema so that the two cannot drift:
 * each entry record is the entry's frontmatter schema plus what the site derives (slug, page
 * URL, body, links both ways). `/data/schema.json` is generated from these with zod's
 * `z.toJSONSchema`, and the build parses every data file through them.
 */
import { z } from 'zod';
import { entitySchema, entrySchema, FIELD_FORMATS, httpsUrl, slugField } from '../content/schema';
import { BINDS_FROM } from '../content/binds';
import { APPEARANCE_ROLES } from '../content/model';
import { DATE_PRECISIONS, RELATIONS } from '../content/vocab';

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

/**
 * Each entry record: the frontmatter fields, described once in the content schema, plus what the
 * site derives, described here. The /data/ page's field notes and schema.json read these.
 */
export const entryRecordSchema = entrySchema.extend({
  datePrecision: z.enum(DATE_PRECISIONS.values).describe(`${entrySchema.shape.datePrecision.description ?? ''} Always present: \`day\` when the file leaves it out.`),
  binds: z
    .array(slugField)
    .optional()
    .describe('For a rule (an entry with `measure`): entity slugs of who it binds, as written in the entry or inferred (see `bindsFrom`). Its actors are who acted, not who is bound.'),
  bindsFrom: z
    .enum(BINDS_FROM)
    .optional()
    .describe('How `binds` was decided: `written` in the entry; `jurisdictions`, legislation binding the bodies in its places; `actor`, a company\'s own policy binding that company.'),
  slug: slugField.describe('Permanent identifier; the file name and the last part of the page URL.'),
  url: siteUrl.describe('The entry\'s page, a stable permalink.'),
  path: sitePath.describe('The page\'s path on the site, before any path prefix.'),
  sourceFile: z.string().describe('The entry\'s file in the repository.'),
  body: z.string().describe('The entry\'s text, in Markdown.'),
  links: z.array(linkRecordSchema).describe('Every link to and from the entry, incoming ones derived, with the relation in words from this entry\'s side.'),
});

export const appearanceRecordSchema = z.strictObject({
  entry: slugField,
  roles: z.array(z.enum(APPEARANCE_ROLES)),
});

/** Each entity record: the frontmatter fields plus what the site derives, described here. */
export const entityRecordSchema = entitySchema.extend({
  slug: slugField.describe('Permanent identifier; the file name and the last part of the page URL.'),
  url: siteUrl.describe('The entity\'s page.'),
  path: sitePath.describe('The page\'s path on the site, before any path prefix.'),
  feedUrl: siteUrl.describe('The Atom feed of entries naming it.'),
  sourceFile: z.string().describe('The entity\'s file in the repository.'),
  description: z.string().describe('A short description, in Markdown.'),
  entries: z.array(appearanceRecordSchema).describe('Entries naming it, oldest first, with its roles: `actor` (it acted), `jurisdiction` (a place the entry applies to), `bound` (the entry\'s rule binds it).'),
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
  return {
    ...generated,
    $id: schemaUrl,
    title: 'Facial Recognition Policy Tracker open data',
    description: 'The shape of /data/entries.json (EntriesFile) and /data/entities.json (EntitiesFile).',
  };
}
