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

/**
 * How many leading letters name a shard. Two, not one: at 10,000 entries the shard of every title
 * word starting with "a" was about 50 KB gzipped, that of "am" a fraction of it.
 */
export const SHARD_LENGTH = 2;

/**
 * The first fields share one file per shard key, so a word costs one request for the first results;
 * the body, fetched after them, has its own.
 */
export type ShardGroup = 'first' | 'body';
export const shardGroup = (field: SearchField): ShardGroup => (field === 'body' ? 'body' : 'first');

/** Fields that also index the beginnings of words ("forward" matching), for the box's type-ahead. */
export const isPrefixed = (field: SearchField): boolean => field === 'title' || field === 'names';
