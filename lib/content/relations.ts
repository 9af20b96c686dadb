/** `related` links in both directions: each link is written once and shown on both pages. */
import type { Entry, EntryLink } from './model';
import { INVERSE_RELATION_WORDS, RELATIONS } from './vocab';

/** Every entry's links, outgoing and derived incoming, each list in date order. */
export function deriveLinks(entries: readonly Entry[]): Map<string, EntryLink[]> {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const links = new Map<string, EntryLink[]>(entries.map((entry) => [entry.slug, []]));

  for (const entry of entries) {
    for (const { entry: targetSlug, rel } of entry.related ?? []) {
      const target = bySlug.get(targetSlug);
      if (!target) throw new Error(`${entry.sourceFile}: related: "${targetSlug}" is not an entry`);
      links.get(entry.slug)!.push({ rel, direction: 'out', words: RELATIONS.describe(rel), entry: target });
      links.get(target.slug)!.push({ rel, direction: 'in', words: INVERSE_RELATION_WORDS[rel], entry });
    }
  }
  for (const list of links.values()) {
    list.sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.entry.slug.localeCompare(b.entry.slug));
  }
  return links;
}
