/**
 * Every address the record cites, once each, with the files that cite it: the input of the weekly
 * link check, which needs the network and so runs outside `npm test`.
 */
import type { Collection } from '../content/collection';

export interface CitedAddress {
  url: string;
  /** Source files (`content/...`) that cite it, sorted. */
  files: string[];
}

export function citedAddresses(collection: Collection): CitedAddress[] {
  const byUrl = new Map<string, Set<string>>();
  const add = (url: string | undefined, file: string) => {
    if (!url) return;
    const files = byUrl.get(url) ?? new Set<string>();
    files.add(file);
    byUrl.set(url, files);
  };
  for (const entry of collection.entries) {
    for (const source of entry.sources) {
      add(source.url, entry.sourceFile);
      add(source.archived, entry.sourceFile);
    }
    for (const step of entry.history ?? []) add(step.source, entry.sourceFile);
  }
  for (const entity of collection.entities) add(entity.website, entity.sourceFile);
  return [...byUrl.entries()]
    .map(([url, files]) => ({ url, files: [...files].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
