/**
 * Atom feeds of entries, newest first by the day they joined the site (`added`), written by the
 * `feed` package. Every date in a feed comes from the content, never from the clock, so the
 * same content always builds the same file.
 */
import { Feed } from 'feed';
import type { Collection } from '../content/collection';
import { kindLabel } from '../content/labels';
import type { Entity, Entry } from '../content/model';
import type { Kind } from '../content/vocab';
import { DATA_LICENCE } from '../data/licence';
import { absoluteUrl, SITE } from '../site-config';
import { entityFeedPath, kindFeedPath, SITE_FEED_PATH } from './paths';

/** How many entries a feed holds: enough for a reader who checks monthly. */
export const FEED_LIMIT = 50;

export interface FeedSpec {
  title: string;
  description: string;
  /** The feed's own site path. */
  path: string;
  /** The page the feed mirrors. */
  alternatePath: string;
  /** The entries to list, newest first, already cut to FEED_LIMIT. */
  entries: readonly Entry[];
}

/**
 * The `feed` package marks item titles and summaries `type="html"`, so plain text is escaped
 * as HTML first: a title with "&" or "<" then reads the same in every reader.
 */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A `YYYY-MM-DD` content date as a Date at midnight UTC. */
const day = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** The newest date among the entries (their review or addition), or `fallback` for none. */
function lastChange(entries: readonly Entry[], fallback: string): string {
  return entries.reduce((latest, entry) => [latest, entry.added, entry.reviewed].sort().at(-1)!, fallback);
}

export function atomFeed(spec: FeedSpec, collection: Collection): string {
  // An empty feed still needs an `updated`: the newest change anywhere in the collection (the
  // Unix epoch only when there is no content at all).
  const fallback = lastChange(collection.entries, '1970-01-01');
  const feed = new Feed({
    id: absoluteUrl(spec.path),
    title: spec.title,
    description: spec.description,
    link: absoluteUrl(spec.alternatePath),
    feed: absoluteUrl(spec.path),
    language: SITE.language,
    updated: day(spec.entries.length > 0 ? lastChange(spec.entries, spec.entries[0]!.added) : fallback),
    author: { name: SITE.name, link: absoluteUrl('/') },
    copyright: `${DATA_LICENCE.name}: ${DATA_LICENCE.url}`,
    generator: false,
  });
  for (const entry of spec.entries) {
    const permalink = absoluteUrl(entry.url);
    feed.addItem({
      id: permalink,
      link: permalink,
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      date: day(entry.reviewed),
      published: day(entry.added),
      category: [
        { term: entry.kind, name: kindLabel(entry.kind) },
        ...(entry.topics ?? []).map((slug) => ({ term: slug, name: collection.getTopic(slug)?.label ?? slug })),
      ],
    });
  }
  return feed.atom1();
}

/** Every entry, newest addition first. */
const newest = (collection: Collection): Entry[] => collection.latestAdded(collection.entries.length);

export function siteFeedSpec(collection: Collection): FeedSpec {
  return {
    title: SITE.name,
    description: `The newest entries added to the ${SITE.name}.`,
    path: SITE_FEED_PATH,
    alternatePath: '/',
    entries: newest(collection).slice(0, FEED_LIMIT),
  };
}

/** Entries in which the entity acts or which apply to it. */
export function entityFeedSpec(collection: Collection, entity: Entity): FeedSpec {
  const named = new Set(collection.appearancesOf(entity).map(({ entry }) => entry.slug));
  return {
    title: `${SITE.name}: ${entity.name}`,
    description: `New entries naming ${entity.name}.`,
    path: entityFeedPath(entity.slug),
    alternatePath: entity.url,
    entries: newest(collection).filter((entry) => named.has(entry.slug)).slice(0, FEED_LIMIT),
  };
}

export function kindFeedSpec(collection: Collection, kind: Kind): FeedSpec {
  return {
    title: `${SITE.name}: ${kindLabel(kind)}`,
    description: `New ${kindLabel(kind).toLowerCase()} entries.`,
    path: kindFeedPath(kind),
    alternatePath: `/timeline/?kind=${kind}`,
    entries: newest(collection).filter((entry) => entry.kind === kind).slice(0, FEED_LIMIT),
  };
}
