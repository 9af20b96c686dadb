import { describe, expect, it } from 'vitest';
import { dataJsonSchema, entityRecordSchema, entryRecordSchema } from '@/lib/data/data-schema';
import { ENTITY_FIELD_DOCS, ENTRY_FIELD_DOCS } from '@/lib/data/field-docs';
import { entitiesFile, entriesFile } from '@/lib/data/records';
import { parseSiteUrl } from '@/lib/site-config';
import { collectionOf, entryDoc, PLACES } from '../../support/collection';
import { validator } from '../../support/json-schema';

const address = parseSiteUrl('https://example.org/tracker');
const collection = collectionOf([
  entryDoc('2020-06-10-amazon-pause', {
    kind: 'corporate',
    status: 'in-effect',
    measure: ['moratorium'],
    scope: ['police'],
    effective: '2020-06-10',
    expires: '2021-06-10',
    jurisdictions: ['united-states'],
  }),
  entryDoc('2021-05-18-amazon-extends', { related: [{ entry: '2020-06-10-amazon-pause', rel: 'extends' }] }),
]);
const schema = dataJsonSchema('https://example.org/tracker/data/schema.json');

describe('open data records', () => {
  it('gives each entry its permalink, text and links both ways, the incoming one in inverse words', () => {
    const file = entriesFile(collection, address);
    const pause = file.entries.find((entry) => entry.slug === '2020-06-10-amazon-pause');
    expect(pause?.url).toBe('https://example.org/tracker/entries/2020-06-10-amazon-pause/');
    expect(pause?.path).toBe('/entries/2020-06-10-amazon-pause/');
    expect(pause?.body).toBe('Body');
    expect(pause?.links).toEqual([
      {
        direction: 'in',
        rel: 'extends',
        words: 'extended by',
        entry: '2021-05-18-amazon-extends',
        url: 'https://example.org/tracker/entries/2021-05-18-amazon-extends/',
      },
    ]);
    expect(file.entries.find((entry) => entry.slug === '2021-05-18-amazon-extends')?.links[0]?.words).toBe('extends');
    expect(file).toMatchObject({ dataset: 'entries', schemaVersion: 1, count: 2, licence: { name: 'CC BY 4.0' } });
  });

  it('lists for each entity the entries naming it, with roles, and its feed', () => {
    const file = entitiesFile(collection, address);
    const us = file.entities.find((entity) => entity.slug === 'united-states');
    expect(us?.entries).toEqual([{ entry: '2020-06-10-amazon-pause', roles: ['jurisdiction'] }]);
    expect(us?.feedUrl).toBe('https://example.org/tracker/entities/united-states/feed.xml');
    expect(file.count).toBe(PLACES.length);
  });

  it('writes files that validate against the generated JSON Schema', () => {
    expect(validator(schema)(entriesFile(collection, address))).toEqual([]);
    expect(validator(schema)(entitiesFile(collection, address))).toEqual([]);
    expect(validator(schema, '#/$defs/EntriesFile')(entriesFile(collection, address))).toEqual([]);
  });

  it('has a schema that rejects what the content schema rejects', () => {
    const file = entriesFile(collection, address);
    const validate = validator(schema, '#/$defs/EntriesFile');
    const first = file.entries[0]!;
    expect(validate({ ...file, entries: [{ ...first, kind: 'rumour' }] }).join()).toMatch(/\/entries\/0\/kind must be equal to one of the allowed values/);
    expect(validate({ ...file, entries: [{ ...first, extra: 1 }] }).join()).toMatch(/must NOT have additional properties.*extra/);
    expect(validate({ ...file, entries: [{ ...first, date: '10 June 2020' }] }).join()).toMatch(/\/entries\/0\/date must match format "date"/);
    expect(validate({ ...file, entries: [{ ...first, sources: [{ title: 'x', publisher: 'y', url: 'http://a.example/' }] }] }).join()).toMatch(/pattern/);
    const { slug: _slug, ...withoutSlug } = first;
    expect(validate({ ...file, entries: [withoutSlug] }).join()).toMatch(/must have required property 'slug'/);
  });

  it('documents every record field in the schema', () => {
    const records = (file: string, list: string) => ['$defs', file, 'properties', list, 'items', 'properties'];
    expect(Object.keys(ENTRY_FIELD_DOCS).sort()).toEqual(Object.keys(entryRecordSchema.shape).sort());
    expect(Object.keys(ENTITY_FIELD_DOCS).sort()).toEqual(Object.keys(entityRecordSchema.shape).sort());
    for (const [field, doc] of Object.entries(ENTRY_FIELD_DOCS)) {
      expect(schema).toHaveProperty([...records('EntriesFile', 'entries'), field, 'description'], doc);
    }
    for (const [field, doc] of Object.entries(ENTITY_FIELD_DOCS)) {
      expect(schema).toHaveProperty([...records('EntitiesFile', 'entities'), field, 'description'], doc);
    }
  });
});

describe('field notes', () => {
  it('describe every field of both records, from the schemas, and schema.json carries the same words', async () => {
    const { ENTITY_FIELD_DOCS, ENTRY_FIELD_DOCS } = await import('@/lib/data/field-docs');
    const { dataJsonSchema } = await import('@/lib/data/data-schema');
    const { entrySchema } = await import('@/lib/content/schema');
    for (const [field, doc] of Object.entries({ ...ENTRY_FIELD_DOCS, ...ENTITY_FIELD_DOCS })) expect(doc, field).not.toBe('');
    // A frontmatter field's meaning is the content schema's, written once.
    expect(ENTRY_FIELD_DOCS.summary).toBe(entrySchema.shape.summary.description);
    const schema = JSON.stringify(dataJsonSchema('https://example.org/data/schema.json'));
    expect(schema).toContain(JSON.stringify(ENTRY_FIELD_DOCS.links));
    expect(schema).toContain(JSON.stringify(ENTITY_FIELD_DOCS.entries));
  });
});
