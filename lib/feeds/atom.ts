/**
 * Atom feeds (RFC 4287) of entries, newest first by the day they joined the site (`added`),
 * written with `xmlbuilder2`, which escapes every text node and attribute value: a topic label
 * or entity name with `<`, `&` or quotes stays well-formed XML. Titles and summaries are plain
 * text (`type="text"`). Every date comes from the content, never from the clock, so the same
 * content always builds the same file.
 */
import { create } from 'xmlbuilder2';
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

/** A `YYYY-MM-DD` content date as an RFC 3339 timestamp at midnight UTC. */
const timestamp = (date: string): string => `${date}T00:00:00.000Z`;

/** The newest date among the entries (their review or addition), or `fallback` for none. */
function lastChange(entries: readonly Entry[], fallback: string): string {
  let latest = fallback;
  for (const { added, reviewed } of entries) {
    if (added > latest) latest = added;
    if (reviewed > latest) latest = reviewed;
  }
  return latest;
}

export function atomFeed(spec: FeedSpec, collection: Collection): string {
  // An empty feed still needs an `updated`: the newest change anywhere in the collection (the
  // Unix epoch only when there is no content at all). Only then is the whole collection read: the
  // build writes a feed for every entity.
  const updated = spec.entries.length > 0 ? lastChange(spec.entries, spec.entries[0]!.added) : lastChange(collection.entries, '1970-01-01');
  // `invalidCharReplacement` drops any character XML 1.0 cannot hold; the schema refuses them in
  // content already, so this only guards against data from elsewhere.
  const feed = create({ version: '1.0', encoding: 'utf-8', invalidCharReplacement: '' }).ele('http://www.w3.org/2005/Atom', 'feed');
  feed.ele('id').txt(absoluteUrl(spec.path));
  feed.ele('title').txt(spec.title);
  feed.ele('updated').txt(timestamp(updated));
  const author = feed.ele('author');
  author.ele('name').txt(SITE.name);
  author.ele('uri').txt(absoluteUrl('/'));
  feed.ele('link', { rel: 'alternate', href: absoluteUrl(spec.alternatePath) });
  feed.ele('link', { rel: 'self', href: absoluteUrl(spec.path) });
  feed.ele('subtitle').txt(spec.description);
  feed.ele('rights').txt(`${DATA_LICENCE.name}: ${DATA_LICENCE.url}`);
  for (const entry of spec.entries) {
    const permalink = absoluteUrl(entry.url);
    const item = feed.ele('entry');
    item.ele('title', { type: 'text' }).txt(entry.title);
    item.ele('id').txt(permalink);
    item.ele('link', { href: permalink });
    item.ele('updated').txt(timestamp(entry.reviewed));
    item.ele('published').txt(timestamp(entry.added));
    item.ele('summary', { type: 'text' }).txt(entry.summary);
    item.ele('category', { term: entry.kind, label: kindLabel(entry.kind) });
    for (const slug of entry.topics ?? []) {
      item.ele('category', { term: slug, label: collection.getTopic(slug)?.label ?? slug });
    }
  }
  return feed.end({ prettyPrint: true });
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

/** Each entry's place in the newest-first order, once per collection: there is a feed for every entity. */
const newestRanks = new WeakMap<Collection, Map<Entry, number>>();

function newestRank(collection: Collection): Map<Entry, number> {
  let ranks = newestRanks.get(collection);
  if (!ranks) {
    ranks = new Map(newest(collection).map((entry, index) => [entry, index]));
    newestRanks.set(collection, ranks);
  }
  return ranks;
}

/** Entries in which the entity acts or which apply to it. */
export function entityFeedSpec(collection: Collection, entity: Entity): FeedSpec {
  const ranks = newestRank(collection);
  // The entity's own entries in the site's newest-first order, without walking every entry.
  const named = [...new Set(collection.appearancesOf(entity).map(({ entry }) => entry))].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  return {
    title: `${SITE.name}: ${entity.name}`,
    description: `New entries naming ${entity.name}.`,
    path: entityFeedPath(entity.slug),
    alternatePath: entity.url,
    entries: named.slice(0, FEED_LIMIT),
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
