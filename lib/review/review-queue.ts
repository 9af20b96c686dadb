/**
 * What needs a reviewer's look soonest: rules whose term ends soon (their status will change),
 * open statuses by how long ago anyone checked them, and entries that cite no primary record.
 */
import type { Collection } from '../content/collection';
import { addDays, daysBetween } from '../content/dates';
import type { Entry } from '../content/model';
import { OPEN_STATUSES, type Status } from '../content/vocab';
import { isRule, ruleStateOn } from '../policy/rule-status';
import { replacementsOf } from '../policy/rules';
import { hostOf, isPrimarySource } from './primary-source';

export interface EndingSoon {
  entry: Entry;
  /** The day the term ends. */
  ends: string;
  daysLeft: number;
}

export interface OpenStatus {
  entry: Entry;
  status: Status;
  /** Whole days since `reviewed`. */
  age: number;
}

export interface ReviewQueue {
  today: string;
  horizon: number;
  endingSoon: EndingSoon[];
  openStatuses: OpenStatus[];
  secondaryOnly: Entry[];
}

/** The hosts of the websites of an entry's actors and places: pages there are its own. */
function ownHosts(collection: Collection, entry: Entry): Set<string> {
  const slugs = [...entry.actors, ...(entry.jurisdictions ?? [])];
  return new Set(
    slugs.flatMap((slug) => {
      const website = collection.getEntity(slug)?.website;
      const host = website ? hostOf(website) : undefined;
      return host ? [host] : [];
    }),
  );
}

export function reviewQueue(collection: Collection, today: string, horizon = 90): ReviewQueue {
  const last = addDays(today, horizon);
  const endingSoon = collection.entries
    .filter((entry) => isRule(entry) && entry.expires !== undefined && entry.expires > today && entry.expires <= last)
    .filter((entry) => ruleStateOn(entry, today, replacementsOf(collection, entry)).inForce)
    .map((entry) => ({ entry, ends: entry.expires!, daysLeft: daysBetween(today, entry.expires!) }))
    .sort((a, b) => a.ends.localeCompare(b.ends));

  const openStatuses = collection.entries
    .filter((entry) => entry.status !== undefined && OPEN_STATUSES.includes(entry.status))
    .map((entry) => ({ entry, status: entry.status!, age: daysBetween(entry.reviewed, today) }))
    .sort((a, b) => b.age - a.age || a.entry.slug.localeCompare(b.entry.slug));

  const secondaryOnly = collection.entries.filter((entry) => {
    const own = ownHosts(collection, entry);
    return !entry.sources.some((source) => isPrimarySource(source, own));
  });

  return { today, horizon, endingSoon, openStatuses, secondaryOnly };
}
