/**
 * The searchable fields, how much each counts and which are searched first. Kept apart from the
 * index code so pages can name them without loading the search library.
 */
export const SEARCH_FIELDS = ['title', 'names', 'keywords', 'summary', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much a match in each field counts: a title match outranks a body match. */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 10, names: 7, keywords: 5, summary: 4, body: 1 };

/** Fields searched for the first results; `body` is fetched right after and refines them. */
export const FIRST_FIELDS: readonly SearchField[] = ['title', 'names', 'keywords', 'summary'];

/** Where the browser finds the index files, under the site root. */
export const SEARCH_PATH = '/search-index';

/** How many leading letters name a field's shard: the body has the most words, so finer shards. */
export const SHARD_LENGTH: Record<SearchField, number> = { title: 1, names: 1, keywords: 1, summary: 1, body: 2 };

/** Fields that also index the beginnings of words ("forward" matching), for the box's type-ahead. */
export const isPrefixed = (field: SearchField): boolean => field === 'title' || field === 'names';
