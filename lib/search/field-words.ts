/**
 * The words of each field's loaded shards, for one-typo matching: a word the index does not hold
 * is matched to the words one typo away, among those of the same shard (so a typo in the first
 * letter, or in the body's first two, is not forgiven: readers rarely make it, and forgiving it
 * would mean fetching every shard).
 */
import type { SearchField } from './fields';
import { withinOneTypo } from './text';

export class FieldWords {
  private readonly words = new Map<SearchField, Set<string>>();

  /** Adds the words of a shard as it is imported. */
  add(field: SearchField, words: Iterable<string>): void {
    let set = this.words.get(field);
    if (!set) this.words.set(field, (set = new Set()));
    for (const word of words) set.add(word);
  }

  /**
   * Words of these fields one typo from `key`, closest first. In prefix-indexed fields the index
   * also holds every word's beginnings ("rekog"); only whole words count, so a beginning that a
   * longer word continues is skipped.
   */
  near(key: string, fields: readonly SearchField[], prefixed: (field: SearchField) => boolean): string[] {
    const found = new Set<string>();
    for (const field of fields) {
      const set = this.words.get(field);
      if (!set) continue;
      for (const word of set) {
        if (word === key || found.has(word) || Math.abs(word.length - key.length) > 1 || !withinOneTypo(key, word)) continue;
        if (prefixed(field) && this.continues(set, word)) continue;
        found.add(word);
      }
    }
    return [...found];
  }

  /** True when a longer word in the set starts with `word`. */
  private continues(set: Set<string>, word: string): boolean {
    for (const other of set) if (other.length > word.length && other.startsWith(word)) return true;
    return false;
  }
}
