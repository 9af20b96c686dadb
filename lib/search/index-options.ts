/**
 * The index layout, in one module used both where the index is built and in the browser that
 * loads it: which fields exist, how each is tokenised, how much each counts, and which file
 * holds it. Prefix ("forward") matching stays on the short fields: on full text it made a
 * 10,000-document index about 70 MB when measured.
 */
import { Charset, Encoder, Index, type IndexOptions } from 'flexsearch';
import { stem } from './text';

export const SEARCH_FIELDS = ['title', 'names', 'keywords', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much a match in each field counts: a title match outranks a body match. */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 10, names: 7, keywords: 5, summary: 4, body: 1 };

/** Fields searched for the first results; `body` is fetched right after and refines them. */
export const FIRST_FIELDS: readonly SearchField[] = ['title', 'names', 'keywords', 'summary'];

/** Where the browser finds the files, under the site root. */
export const SEARCH_PATH = '/search-index';

function optionsFor(field: SearchField): IndexOptions {
  // Both sides stem plurals the same way, so "bans" finds "ban" and the reverse.
  const encoder = new Encoder({ ...Charset.Default, finalize: (terms: string[]) => terms.map(stem) });
  const prefix = field === 'title' || field === 'names';
  return { tokenize: prefix ? 'forward' : 'strict', encoder, resolution: 9 };
}

/** An empty index for a field, configured the same way everywhere. */
export function createFieldIndex(field: SearchField): Index {
  return new Index(optionsFor(field));
}
