/**
 * Builds the site's view of the content from the generated collections: every document parsed
 * through the schema (a bad one stops the build with the checker's words, never vanishes),
 * sorted, indexed and linked.
 */
import { z } from 'zod';
import { boundBy } from './binds';
import { fieldPath } from './problem';
import { describeIssue } from './schema-messages';
import { compareEntries } from './order';
import type { Body, Entity, EntityAppearance, Entry, EntryLink, Topic } from './model';
import { deriveLinks } from './relations';
import { entitySchema, entrySchema } from './schema';

/** A generated document: frontmatter keys plus the content step's own (lib/content-build/). */
export interface GeneratedDoc {
  slug: string;
  body: Body;
  _raw: { sourceFilePath: string };
  [key: string]: unknown;
}

/** Thrown when generated content does not match the schema; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content does not match the schema (run \`npm run check\` for lines):\n${problems.join('\n')}`);
    this.name = 'ContentError';
  }
}

export interface Collection {
  /** Every entry, oldest first. */
  entries: Entry[];
  /** Every entity, by name. */
  entities: Entity[];
  topics: Topic[];
  getEntry: (slug: string) => Entry | undefined;
  getEntity: (slug: string) => Entity | undefined;
  getTopic: (slug: string) => Topic | undefined;
  /** Links to and from an entry, in date order. */
  linksOf: (entry: Entry) => EntryLink[];
  /** Entries in which an entity acts, which apply to it or whose rule binds it, oldest first. */
  appearancesOf: (entity: Entity) => EntityAppearance[];
  /** The newest additions to the site, by `added`, then by event date. */
  latestAdded: (count: number) => Entry[];
  /** Entries dated from `from` to `to` (both `YYYY-MM-DD`, inclusive), oldest first. */
  entriesBetween: (from: string, to: string) => Entry[];
}

/** Keys the content step (or, before it, contentlayer2) adds that are not frontmatter. */
const GENERATED_KEYS = new Set(['_id', '_raw', 'type', 'body', 'slug']);

function frontmatterOf(doc: GeneratedDoc): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !GENERATED_KEYS.has(key)));
}

function parseAll<S extends z.ZodType, T>(
  docs: readonly GeneratedDoc[],
  schema: S,
  build: (data: z.infer<S>, doc: GeneratedDoc, sourceFile: string) => T,
  problems: string[],
): T[] {
  return docs.flatMap((doc) => {
    const sourceFile = `content/${doc._raw.sourceFilePath}`;
    const result = schema.safeParse(frontmatterOf(doc), { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const { path, message } of describeIssue(issue, schema)) {
          problems.push(`${sourceFile}: ${fieldPath(path) || 'frontmatter'}: ${message}`);
        }
      }
      return [];
    }
    return [build(result.data, doc, sourceFile)];
  });
}

export function buildCollection(
  generatedEntries: readonly GeneratedDoc[],
  generatedEntities: readonly GeneratedDoc[],
  topics: readonly Topic[],
): Collection {
  const problems: string[] = [];
  const entries = parseAll(generatedEntries, entrySchema, (data, doc, sourceFile): Entry => ({
    ...data,
    datePrecision: data.datePrecision ?? 'day',
    slug: doc.slug,
    url: `/entries/${doc.slug}/`,
    sourceFile,
    body: { raw: doc.body.raw, code: doc.body.code },
  }), problems).sort(compareEntries);
  const entities = parseAll(generatedEntities, entitySchema, (data, doc, sourceFile): Entity => ({
    ...data,
    slug: doc.slug,
    url: `/entities/${doc.slug}/`,
    sourceFile,
    body: { raw: doc.body.raw, code: doc.body.code },
  }), problems).sort((a, b) => a.name.localeCompare(b.name));
  if (problems.length > 0) throw new ContentError(problems);

  const entryBySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const entityBySlug = new Map(entities.map((entity) => [entity.slug, entity]));
  const topicBySlug = new Map(topics.map((topic) => [topic.slug, topic]));
  const links = deriveLinks(entries);

  const appearances = new Map<string, EntityAppearance[]>();
  for (const entry of entries) {
    const roles = new Map<string, EntityAppearance['roles']>();
    for (const slug of entry.actors) roles.set(slug, ['actor']);
    for (const slug of entry.jurisdictions ?? []) roles.set(slug, [...(roles.get(slug) ?? []), 'jurisdiction']);
    for (const slug of boundBy(entry)) roles.set(slug, [...(roles.get(slug) ?? []), 'bound']);
    for (const [slug, entryRoles] of roles) {
      appearances.set(slug, [...(appearances.get(slug) ?? []), { entry, roles: entryRoles }]);
    }
  }

  const byAdded = [...entries].sort((a, b) => b.added.localeCompare(a.added) || compareEntries(b, a));

  return {
    entries,
    entities,
    topics: [...topics],
    getEntry: (slug) => entryBySlug.get(slug),
    getEntity: (slug) => entityBySlug.get(slug),
    getTopic: (slug) => topicBySlug.get(slug),
    linksOf: (entry) => links.get(entry.slug) ?? [],
    appearancesOf: (entity) => appearances.get(entity.slug) ?? [],
    latestAdded: (count) => byAdded.slice(0, count),
    entriesBetween: (from, to) => entries.filter((entry) => entry.date >= from && entry.date <= to),
  };
}
