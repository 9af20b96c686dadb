/**
 * The open data files: every entry and entity with every field, plus what the site derives
 * (page URLs, links both ways, the entries naming an entity). Each file is parsed through its
 * schema before it is written, so a file that would not match /data/schema.json stops the build.
 */
import { bindingOf } from '../content/binds';
import type { Collection } from '../content/collection';
import type { Entity, Entry } from '../content/model';
import { asUri } from './uri';
import { entityFeedPath } from '../feeds/paths';
import { absoluteUrl, SITE_ADDRESS, type SiteAddress } from '../site-config';
import {
  entitiesFileSchema,
  entriesFileSchema,
  SCHEMA_VERSION,
  type EntitiesFile,
  type EntityRecord,
  type EntriesFile,
  type EntryRecord,
} from './data-schema';
import { DATA_LICENCE } from './licence';

/** The data files' own paths. */
export const DATA_PATHS = {
  entriesJson: '/data/entries.json',
  entitiesJson: '/data/entities.json',
  entriesCsv: '/data/entries.csv',
  schema: '/data/schema.json',
  deadlines: '/data/deadlines.ics',
} as const;

/** A rule's `binds` as readers need it: always present, written or inferred, with how it was decided. */
function bindsFields(entry: Entry): Pick<EntryRecord, 'binds' | 'bindsFrom'> {
  const binding = (entry.measure?.length ?? 0) > 0 ? bindingOf(entry) : undefined;
  return binding ? { binds: binding.slugs, bindsFrom: binding.from } : {};
}

export function entryRecord(collection: Collection, entry: Entry, address: SiteAddress = SITE_ADDRESS): EntryRecord {
  const { body, url, slug, binds: _written, ...fields } = entry;
  return {
    slug,
    url: absoluteUrl(url, address),
    path: url,
    ...fields,
    ...bindsFields(entry),
    sources: fields.sources.map((source) => ({
      ...source,
      url: asUri(source.url),
      ...(source.archived ? { archived: asUri(source.archived) } : {}),
    })),
    ...(fields.history ? { history: fields.history.map((step) => (step.source ? { ...step, source: asUri(step.source) } : step)) } : {}),
    body: body.raw.trim(),
    links: collection.linksOf(entry).map((link) => ({
      direction: link.direction,
      rel: link.rel,
      words: link.words,
      entry: link.entry.slug,
      url: absoluteUrl(link.entry.url, address),
    })),
  };
}

export function entityRecord(collection: Collection, entity: Entity, address: SiteAddress = SITE_ADDRESS): EntityRecord {
  const { body, url, slug, ...fields } = entity;
  return {
    slug,
    url: absoluteUrl(url, address),
    path: url,
    ...fields,
    ...(fields.website ? { website: asUri(fields.website) } : {}),
    feedUrl: absoluteUrl(entityFeedPath(slug), address),
    description: body.raw.trim(),
    entries: collection.appearancesOf(entity).map(({ entry, roles }) => ({ entry: entry.slug, roles: [...roles] })),
  };
}

const header = (count: number, address: SiteAddress) => ({
  schemaVersion: SCHEMA_VERSION,
  site: `${address.url}/`,
  licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
  count,
});

export function entriesFile(collection: Collection, address: SiteAddress = SITE_ADDRESS): EntriesFile {
  return entriesFileSchema.parse({
    dataset: 'entries',
    ...header(collection.entries.length, address),
    entries: collection.entries.map((entry) => entryRecord(collection, entry, address)),
  });
}

export function entitiesFile(collection: Collection, address: SiteAddress = SITE_ADDRESS): EntitiesFile {
  return entitiesFileSchema.parse({
    dataset: 'entities',
    ...header(collection.entities.length, address),
    entities: collection.entities.map((entity) => entityRecord(collection, entity, address)),
  });
}

/** JSON as the files hold it: two-space indented, ending with a newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
