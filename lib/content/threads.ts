/** A thread: every entry reachable from one entry through `related` links, in date order. */
import type { Collection } from './collection';
import type { Entry, EntryLink } from './model';

export interface ThreadItem {
  entry: Entry;
  /** Links this item has to other items of the thread, in words from its side. */
  links: EntryLink[];
  /** True for the entry whose page shows the thread. */
  current: boolean;
}

export function threadOf(collection: Collection, start: Entry): ThreadItem[] {
  const members = new Map<string, Entry>([[start.slug, start]]);
  const queue = [start];
  while (queue.length > 0) {
    const entry = queue.shift()!;
    for (const link of collection.linksOf(entry)) {
      if (!members.has(link.entry.slug)) {
        members.set(link.entry.slug, link.entry);
        queue.push(link.entry);
      }
    }
  }
  if (members.size === 1) return [];
  return [...members.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .map((entry) => ({ entry, links: collection.linksOf(entry), current: entry.slug === start.slug }));
}
