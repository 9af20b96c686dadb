/**
 * The search files. The index is split so that a first search fetches little: `meta.json`
 * (names for the query parser and which files exist), one shard per group of fields and first two
 * letters of the indexed words, the titles, summaries and facts of the results on screen in pages
 * of PAGE_SIZE, and every page's facts in chunks of DOC_CHUNK, fetched only when filters, dates or
 * the search page's facets need the facts of every match.
 */
import type { DatePrecision, Kind, Status } from '../content/vocab';
import type { SearchField, ShardGroup } from './fields';
import type { VocabEntity, VocabTopic } from './query';

export const PAGE_SIZE = 25;

/** Ids per `docs-<n>.json`: a few requests for a broad query at 10,000 entries, one for the real record. */
export const DOC_CHUNK = 1000;

/** What the engine knows about every page before any shard is fetched. */
export interface DocMeta {
  id: number;
  type: 'entry' | 'entity';
  date?: string;
  precision?: DatePrecision;
  kind?: Kind;
  status?: Status;
  actors: string[];
  places: string[];
  topics: string[];
  /** Whom an entry's rule applies to, and what it does (the filter model's `scope` and `measure`). */
  scope: string[];
  measure: string[];
  category?: string;
  /** For an entity's own page, its slug. */
  entity?: string;
}

/** An entry's facts: everything the filter model tests. */
export type EntryDocMeta = DocMeta & { type: 'entry'; date: string; kind: Kind };

export const isEntry = (doc: DocMeta): doc is EntryDocMeta => doc.type === 'entry' && doc.date !== undefined && doc.kind !== undefined;

/** What is shown of a result: fetched with its page of PAGE_SIZE records. */
export interface DocText {
  slug: string;
  title: string;
  summary: string;
}

/** `[type, date, precision, kind, status, actors, places, topics, category, entity, scope, measure]`, with indexes into the lists. */
export type PackedDoc = [0 | 1, string, number, number, number, number[], number[], number[], number, number, number[], number[]];

export interface SearchMeta {
  entities: VocabEntity[];
  topics: VocabTopic[];
  /** The value lists the packed docs point into. */
  lists: { precision: string[]; kind: string[]; status: string[]; category: string[]; scope: string[]; measure: string[] };
  /**
   * How many pages are indexed. Ids 0 to `entries` − 1 are entries, oldest first (so a higher id
   * breaks a tie in score the way the newer date would), then entity pages.
   */
  entries: number;
  total: number;
  /** For each of `entities`, the id of its own page, or -1. */
  entityPages: number[];
  /** For each group of fields, the shard keys that exist. */
  shards: Partial<Record<ShardGroup, string[]>>;
}

/** One field's shard: `[word, ids by position]` pairs of its exported map, as flexsearch writes them. */
export type ShardEntries = [string, (number[] | null)[]][];

/** One shard file: the entries of each field of its group whose words start with its key. */
export type ShardFile = Partial<Record<SearchField, ShardEntries>>;

/** `pages-<n>.json`: the texts and facts of ids n × PAGE_SIZE onwards. */
export interface PageFile {
  texts: DocText[];
  docs: PackedDoc[];
}

/**
 * Where a word's entries live: its first `length` letters or digits, `_` for anything else. The
 * body, with many more words, is cut finer than the short fields.
 */
export function shardKey(word: string, length = 1): string {
  const start = word.slice(0, length);
  return /^[a-z0-9]+$/.test(start) ? start : '_';
}

export function packDoc(doc: Omit<DocMeta, 'id'>, lists: SearchMeta['lists'], entityIndex: Map<string, number>, topicIndex: Map<string, number>): PackedDoc {
  const at = (list: string[], value: string | undefined) => {
    if (value === undefined) return -1;
    let index = list.indexOf(value);
    if (index === -1) index = list.push(value) - 1;
    return index;
  };
  const refs = (slugs: string[], index: Map<string, number>) => slugs.flatMap((slug) => (index.has(slug) ? [index.get(slug)!] : []));
  return [
    doc.type === 'entry' ? 0 : 1,
    doc.date ?? '',
    at(lists.precision, doc.precision),
    at(lists.kind, doc.kind),
    at(lists.status, doc.status),
    refs(doc.actors, entityIndex),
    refs(doc.places, entityIndex),
    refs(doc.topics, topicIndex),
    at(lists.category, doc.category),
    doc.entity === undefined ? -1 : (entityIndex.get(doc.entity) ?? -1),
    doc.scope.map((value) => at(lists.scope, value)),
    doc.measure.map((value) => at(lists.measure, value)),
  ];
}

/** One page's facts from its packed form. */
export function unpackDoc(packed: PackedDoc, id: number, meta: SearchMeta): DocMeta {
  const { lists, entities, topics } = meta;
  const [type, date, precision, kind, status, actors, places, docTopics, category, entity, scope, measure] = packed;
  const value = <T extends string>(list: string[], index: number) => (index === -1 ? undefined : (list[index] as T));
  const doc: DocMeta = {
    id,
    type: type === 0 ? 'entry' : 'entity',
    actors: actors.map((i) => entities[i]!.slug),
    places: places.map((i) => entities[i]!.slug),
    topics: docTopics.map((i) => topics[i]!.slug),
    scope: scope.map((i) => lists.scope[i]!),
    measure: measure.map((i) => lists.measure[i]!),
  };
  if (date) doc.date = date;
  const p = value<DatePrecision>(lists.precision, precision);
  if (p) doc.precision = p;
  const k = value<Kind>(lists.kind, kind);
  if (k) doc.kind = k;
  const s = value<Status>(lists.status, status);
  if (s) doc.status = s;
  const c = value<string>(lists.category, category);
  if (c) doc.category = c;
  if (entity !== -1) doc.entity = entities[entity]!.slug;
  return doc;
}

export interface SearchResult {
  doc: DocMeta;
  /** Title, slug and summary, once fetched (always for the first `show` results). */
  text?: DocText;
  score: number;
  /** True when the page falls inside a date the reader typed ("June 2020"). */
  inDates: boolean;
}

/** The page address of a result, once its text (and so its slug) is known. */
export function resultUrl(result: SearchResult): string | undefined {
  if (!result.text) return undefined;
  return `/${result.doc.type === 'entry' ? 'entries' : 'entities'}/${result.text.slug}/`;
}
