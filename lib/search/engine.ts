/**
 * Answers queries, in the browser or in Node: parse, fetch the index shards the words need,
 * look each word up in every field (a word no page holds, one typo away), keep pages that match
 * most words (lib/search/scoring.ts), apply the filters, rank, count facets and, when nothing
 * matches, suggest where to look. A page's facts (date, kind, actors…) are fetched only when
 * needed: with its text for a result on screen, or in chunks when filters, dates or facets must
 * see every match.
 */
import type { Index } from 'flexsearch';
import { closest } from '../content/suggest';
import { hasFilters as anyFilters } from '../filters/filter-model';
import { FIELD_WEIGHTS, isPrefixed, SEARCH_FIELDS, SHARD_LENGTH, shardGroup, type SearchField } from './fields';
import { FieldWords } from './field-words';
import { FacetCounter, NO_FACETS, type Facets } from './facets';
import { FilterTest } from './filter-test';
import { createFieldIndex, encodeWord } from './index-options';
import { parseQuery, type ParsedQuery, type VocabEntity } from './query';
import { DOC_CHUNK, PAGE_SIZE, shardKey, unpackDoc, type DocMeta, type DocText, type PackedDoc, type SearchMeta, type SearchResult } from './records';
import { Ranking, type Before } from './ranking';
import { PageScoresPool, type PageScores, type PageScoresLoan } from './page-scores';
import { combineTerms, type TermMatches } from './scoring';
import type { SearchSource } from './source';
import { fold, joinPhrases, searchKey, TYPO_MIN_LENGTH } from './text';

export interface SearchOptions {
  sort?: 'relevance' | 'date';
  /** Facet choices, narrowing the results. */
  kind?: readonly string[];
  actor?: readonly string[];
  year?: readonly string[];
  /** Fields to search; all by default. The header box asks for the first fields, then all. */
  fields?: readonly SearchField[];
  /**
   * How many of the first results to put in order and fetch the titles and summaries of; the rest
   * are counted in `total` and put in order when asked for (`more`). Without it, every result is
   * put in order and the first ten get their texts.
   */
  show?: number;
  /** Count facets (the search page's); false spares fetching every match's facts (the header box). */
  facets?: boolean;
}

export type { SearchResult } from './records';

export type { Facet } from './facets';

export interface SearchResponse {
  query: ParsedQuery;
  /** The first results in order: `show` of them, or all. */
  results: SearchResult[];
  /** How many pages match in all. */
  total: number;
  facets: Facets;
  /** One line each: what was ignored, relaxed or needs another form. */
  hints: string[];
  /** The words to mark in results: those typed, the words their typos were matched to, and phrase meanings. */
  words: string[];
  /** When nothing matched: the nearest entity, and a broader query to try. */
  suggestion?: { entity?: { slug: string; name: string }; broader?: string };
}

/** How far down one field's result list a page sits lowers its score by up to half. */
const rankFactor = (rank: number, total: number) => 1 - (0.5 * rank) / Math.max(total, 1);

/** A word matched one typo away counts a little less than the word itself. */
const TYPO_WEIGHT = 0.8;

export class SearchEngine {
  /** Every page, with its facts once fetched (`known`); until then only its id, type and own entity. */
  private readonly docs: DocMeta[];
  private readonly known: boolean[];
  /** Every page's facts as fetched, packed (for filters), and its date ('' until known or without one). */
  private readonly packed: (PackedDoc | undefined)[];
  private readonly dateOf: string[];
  /** Where each search gathers its matches before it knows how many pass: one slot per page, reused. */
  private readonly gathered: { ids: Int32Array; scores: Float64Array; dated: Uint8Array };
  /** The words' scores, lent to each search and taken back once its matches are ranked. */
  private readonly scoresPool: PageScoresPool;
  private readonly chunksLoaded = new Map<number, Promise<void>>();
  private readonly indexes = new Map<SearchField, Index>();
  private readonly shardsLoaded = new Map<string, Promise<void>>();
  private readonly texts = new Map<number, DocText>();
  private readonly pagesLoaded = new Map<number, Promise<void>>();
  private readonly entityByName: Map<string, VocabEntity>;
  /** Entities by one-word name or alias as the index encodes it, for names matched one typo away. */
  private readonly entityByKey: Map<string, VocabEntity>;
  private readonly fieldWords = new FieldWords();
  private readonly facetCounter: FacetCounter;
  private knownCount = 0;
  /** The matches of each response, for putting more of them in order (`more`). */
  private readonly ranked = new WeakMap<SearchResponse, Ranked>();

  private constructor(
    private readonly source: SearchSource,
    private readonly meta: SearchMeta,
  ) {
    this.docs = Array.from({ length: meta.total }, (_, id) => ({ id, type: id < meta.entries ? 'entry' : 'entity', actors: [], places: [], topics: [], scope: [], measure: [] }));
    meta.entityPages.forEach((id, i) => {
      if (id !== -1) this.docs[id]!.entity = meta.entities[i]!.slug;
    });
    this.known = new Array<boolean>(meta.total).fill(false);
    this.packed = new Array<PackedDoc | undefined>(meta.total).fill(undefined);
    this.dateOf = new Array<string>(meta.total).fill('');
    this.scoresPool = new PageScoresPool(meta.total);
    this.gathered = { ids: new Int32Array(meta.total), scores: new Float64Array(meta.total), dated: new Uint8Array(meta.total) };
    this.facetCounter = new FacetCounter(meta);
    for (const field of SEARCH_FIELDS) this.indexes.set(field, createFieldIndex(field));
    this.entityByName = new Map(meta.entities.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => [fold(name), entity] as const)));
    this.entityByKey = new Map([...this.entityByName].filter(([name]) => !name.includes(' ')).map(([name, entity]) => [searchKey(name), entity] as const));
  }

  /** Opens the engine: fetches `meta.json` only. */
  static async open(source: SearchSource): Promise<SearchEngine> {
    return new SearchEngine(source, await source.meta());
  }

  /** Fetches and indexes the shards that hold these words in these fields. */
  async loadShards(terms: readonly string[], fields: readonly SearchField[] = SEARCH_FIELDS): Promise<void> {
    // The shards of each word as encoded: "paused" is looked up as "moratorium". A misspelt word
    // encodes to itself, so its shard also holds the words one typo away after its first letters.
    const keys = [...new Set(terms.flatMap((term) => encodeWord(term)).map((key) => shardKey(key, SHARD_LENGTH)))];
    const groups = [...new Set(fields.map(shardGroup))];
    const wanted = groups.flatMap((group) => keys.filter((key) => this.meta.shards[group]?.includes(key)).map((key) => `${group}-${key}`));
    await Promise.all(
      wanted.map((name) => {
        if (!this.shardsLoaded.has(name)) {
          this.shardsLoaded.set(
            name,
            this.source.shard(name).then((file) => {
              // Imported shards of one field merge into its index.
              for (const field of SEARCH_FIELDS) {
                const entries = file[field];
                if (!entries) continue;
                this.indexes.get(field)!.import('1.map', JSON.stringify(entries));
                this.fieldWords.add(field, entries.map(([word]) => word));
              }
            }),
          );
        }
        return this.shardsLoaded.get(name)!;
      }),
    );
  }

  private learn(packed: readonly PackedDoc[], first: number): void {
    packed.forEach((doc, i) => {
      const id = first + i;
      if (this.known[id]) return;
      Object.assign(this.docs[id]!, unpackDoc(doc, id, this.meta));
      this.known[id] = true;
      this.packed[id] = doc;
      this.dateOf[id] = doc[1];
      this.knownCount++;
      this.facetCounter.learn(id, doc);
    });
  }

  /** Fetches the facts of these pages (every entry when undefined), in chunks of DOC_CHUNK. */
  private async loadFacts(ids: ArrayLike<number> | undefined): Promise<void> {
    if (this.knownCount === this.meta.total) return;
    const chunks = new Set<number>();
    const count = ids ? ids.length : this.meta.entries;
    for (let i = 0; i < count; i++) {
      const id = ids ? ids[i]! : i;
      if (!this.known[id]) chunks.add(Math.floor(id / DOC_CHUNK));
    }
    await Promise.all(
      [...chunks].map((n) => {
        if (!this.chunksLoaded.has(n)) this.chunksLoaded.set(n, this.source.docs(n).then((packed) => this.learn(packed, n * DOC_CHUNK)));
        return this.chunksLoaded.get(n)!;
      }),
    );
  }

  /** Fetches titles, summaries and facts for these results, in pages of PAGE_SIZE. */
  async loadTexts(results: readonly SearchResult[]): Promise<void> {
    const pages = [...new Set(results.map((result) => Math.floor(result.doc.id / PAGE_SIZE)))];
    await Promise.all(
      pages.map((n) => {
        if (!this.pagesLoaded.has(n)) {
          this.pagesLoaded.set(
            n,
            this.source.pages(n).then((page) => {
              page.texts.forEach((text, i) => this.texts.set(n * PAGE_SIZE + i, text));
              this.learn(page.docs, n * PAGE_SIZE);
            }),
          );
        }
        return this.pagesLoaded.get(n)!;
      }),
    );
    for (const result of results) {
      const text = this.texts.get(result.doc.id);
      if (text) result.text = text;
    }
  }

  async search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const query = parseQuery(raw, this.meta);
    const fields = options.fields ?? SEARCH_FIELDS;
    await this.loadShards(joinPhrases(query.terms), fields);
    const loan = this.scoresPool.loan();
    let response: SearchResponse;
    let factsLoaded: Promise<void> | undefined;
    try {
      const matched = this.match(query, raw, fields, loan);
      if (!matched.scored) return { query, results: [], total: 0, facets: NO_FACETS, hints: matched.hints, words: [] };
      // Filters, dates, facets and the date order read every match's facts; a plain query in the
      // header box needs only those of the results on screen, which come with their texts.
      const { filters, dates } = query;
      const facets = options.facets ?? true;
      const ranksByFacts = anyFilters(filters) || dates.length > 0 || options.sort === 'date' || !!(options.kind?.length || options.actor?.length || options.year?.length);
      const ids = matched.scored === 'every entry' ? undefined : matched.scored.ids;
      if (ranksByFacts) await this.loadFacts(ids);
      else if (facets) {
        // Only the facets need every match's facts: the order does not, so the first results'
        // texts and the facts are fetched side by side rather than one after the other.
        factsLoaded = this.loadFacts(ids);
      }
      // The ranking copies what it keeps, so the words' scores go back to the pool.
      response = this.rank(query, raw, matched.scored, matched.hints, matched.words, { ...options, facets: facets && ranksByFacts });
    } finally {
      loan.end();
    }
    await Promise.all([this.loadTexts(response.results.slice(0, options.show ?? 10)), factsLoaded]);
    if (factsLoaded) response.facets = this.facetCounter.count(this.ranked.get(response)!.ids);
    return response;
  }

  /**
   * The response with its first `count` results in order (fewer when fewer match), their titles
   * and summaries fetched: the search page's "Show more results".
   */
  async more(response: SearchResponse, count: number): Promise<SearchResponse> {
    const ranked = this.ranked.get(response);
    const shown = response.results;
    const results = !ranked || count <= shown.length ? shown.slice(0, count) : [...shown, ...this.resultsOf(ranked, count).slice(shown.length)];
    await this.loadTexts(results);
    const next = { ...response, results };
    if (ranked) this.ranked.set(next, ranked);
    return next;
  }

  /** The first `count` matches in order, as results. */
  private resultsOf({ ranking, ids, scores, dated }: Ranked, count: number): SearchResult[] {
    return Array.from(ranking.first(count), (at) => ({ doc: this.docs[ids[at]!]!, score: scores[at]!, inDates: dated[at] === 1 }));
  }

  /** Scores of the pages that match one word in the given fields. */
  private lookup(term: string, fields: readonly SearchField[], scores: PageScores, weight = 1): PageScores {
    for (const field of fields) {
      const ids = this.indexes.get(field)!.search(term, { limit: 2000 }) as number[];
      const fieldWeight = weight * FIELD_WEIGHTS[field];
      for (let rank = 0; rank < ids.length; rank++) {
        const id = ids[rank]!;
        const score = fieldWeight * rankFactor(rank, ids.length);
        // The best field counts in full, others a little: title and body beats title alone.
        if (!scores.has(id)) scores.set(id, score);
        else {
          const previous = scores.get(id);
          scores.set(id, Math.max(previous, score) + Math.min(previous, score) * 0.1);
        }
      }
    }
    return scores;
  }

  /**
   * One word's matches. A word of TYPO_MIN_LENGTH letters or more that no page holds matches the
   * words one typo away instead ("rekognitoin" → "rekognition"); shorter words are taken as typed,
   * since one letter changes too much of them ("ban", "bar", "bag").
   */
  private lookupForgiving(term: string, fields: readonly SearchField[], loan: PageScoresLoan): TermMatches {
    const scores = this.lookup(term, fields, loan.take());
    if (scores.size > 0 || fold(term).length < TYPO_MIN_LENGTH) return { term, scores, near: [] };
    const near = encodeWord(term).flatMap((key) => this.fieldWords.near(key, fields, isPrefixed));
    for (const word of near) this.lookup(word, fields, scores, TYPO_WEIGHT);
    return { term, scores, near };
  }

  /** The pages the query's words match, with their scores; `scored` is undefined when there is nothing to search for. */
  private match(query: ParsedQuery, raw: string, fields: readonly SearchField[], loan: PageScoresLoan): { scored?: Scored; hints: string[]; words: string[] } {
    const hints = [...query.hints];
    const { terms, filters, dates } = query;
    if (terms.length === 0 && dates.length === 0 && !anyFilters(filters)) {
      if (raw.trim() !== '' && hints.length === 0) hints.push('Type a word, a name or a date, like "amazon", "BIPA" or "June 2020".');
      return { hints, words: [] };
    }
    // Candidates and their scores: every entry when there are no words to look up.
    const words = [...terms];
    if (terms.length === 0) return { scored: 'every entry', hints, words };
    const matches = joinPhrases(terms).map((term) => this.lookupForgiving(term, fields, loan));
    for (const match of matches) words.push(...match.near, ...(terms.includes(match.term) ? [] : [match.term]));
    const scored = combineTerms(matches, hints, loan.take);
    // A query that is exactly a name or alias ("aws", "facebook") puts that entity's page first.
    // A lone misspelt name counts as the name it was matched to ("rekognitoin" → Amazon).
    const typoName = matches.length === 1 && matches[0]!.near.length === 1 ? this.entityByKey.get(matches[0]!.near[0]!) : undefined;
    const named = this.entityByName.get(terms.join(' ')) ?? typoName;
    const own = named ? this.meta.entityPages[this.meta.entities.indexOf(named)] : undefined;
    if (own !== undefined && own !== -1) scored.set(own, scored.get(own) + 50);
    return { scored, hints, words };
  }

  private rank(query: ParsedQuery, raw: string, scored: Scored, hints: string[], words: string[], options: SearchOptions): SearchResponse {
    const { terms, filters, dates } = query;
    const hasFilters = anyFilters(filters);
    // Filters describe entries, so they leave entity pages out.
    const test = hasFilters ? new FilterTest(filters, this.meta) : undefined;
    // The matches in flat arrays, tested before anything is made for them: a broad query at 10,000
    // entries matches thousands of pages, and only the first few become results. They are gathered
    // in the engine's own arrays, then copied at the length that passed.
    const { ids, scores, dated } = this.gathered;
    const pageScores = scored === 'every entry' ? undefined : scored;
    const size = pageScores ? pageScores.size : this.meta.entries;
    let count = 0;
    let anyDated = false;
    for (let i = 0; i < size; i++) {
      const id = pageScores ? pageScores.idAt(i) : i;
      if (test && !test.passes(this.packed[id])) continue;
      const within = dates.length > 0 && this.inDates(id, dates);
      // Dates alone choose entries; beside words they rank first.
      if (terms.length === 0 && dates.length > 0 && !within) continue;
      ids[count] = id;
      scores[count] = pageScores ? pageScores.get(id) : 0;
      dated[count++] = within ? 1 : 0;
      anyDated ||= within;
    }
    if (terms.length > 0 && dates.length > 0 && count > 0 && !anyDated) {
      hints.push(`Nothing from ${dates.map((range) => range.label).join(' or ')} matches; showing other dates.`);
    }

    const facets = options.facets ?? true ? this.facetCounter.count(ids.subarray(0, count)) : NO_FACETS;
    if (options.kind?.length || options.actor?.length || options.year?.length) {
      let kept = 0;
      for (let at = 0; at < count; at++) {
        const doc = this.docs[ids[at]!]!;
        if (
          (!options.kind?.length || (doc.kind !== undefined && options.kind.includes(doc.kind))) &&
          (!options.actor?.length || doc.actors.some((actor) => options.actor!.includes(actor))) &&
          (!options.year?.length || (doc.date !== undefined && options.year.includes(doc.date.slice(0, 4))))
        ) {
          ids[kept] = ids[at]!;
          scores[kept] = scores[at]!;
          dated[kept++] = dated[at]!;
        }
      }
      count = kept;
    }
    const own = { ids: ids.slice(0, count), scores: scores.slice(0, count), dated: dated.slice(0, count) };
    const order = options.sort === 'date' ? this.byDate(own.ids, own.scores) : byRelevance(own.ids, own.scores, own.dated, this.meta.entries);
    const ranked: Ranked = { ranking: new Ranking(count, order), ...own };
    const response: SearchResponse = { query, results: this.resultsOf(ranked, options.show ?? count), total: count, facets, hints, words };
    this.ranked.set(response, ranked);
    if (count === 0) response.suggestion = this.suggest(query, raw, hasFilters);
    return response;
  }

  /** True when page `id` has a date inside one of these. */
  private inDates(id: number, dates: ParsedQuery['dates']): boolean {
    const date = this.dateOf[id]!;
    if (date === '') return false;
    for (let i = 0; i < dates.length; i++) if (date >= dates[i]!.from && date <= dates[i]!.to) return true;
    return false;
  }

  /** Entity pages last, then newest first, then by relevance. */
  private byDate(ids: Int32Array, scores: Float64Array): Before {
    const entries = this.meta.entries;
    const dateOf = this.dateOf;
    const date = (at: number) => dateOf[ids[at]!]!;
    return (a, b) => Number(ids[a]! >= entries) - Number(ids[b]! >= entries) || date(b).localeCompare(date(a)) || scores[b]! - scores[a]! || newerId(ids[a]!, ids[b]!, entries);
  }

  private suggest(query: ParsedQuery, raw: string, hasFilters: boolean): SearchResponse['suggestion'] {
    const suggestion: NonNullable<SearchResponse['suggestion']> = {};
    // Filters alone have no words that could be misspelt: an empty text is "near" any short alias.
    const texts = query.terms.length > 0 ? [query.terms.join(' '), ...query.terms] : [];
    const near = texts.map((text) => closest(text, this.entityByName.keys())).find((name) => name !== undefined);
    const entity = near === undefined ? undefined : this.entityByName.get(near);
    if (entity) suggestion.entity = { slug: entity.slug, name: entity.name };
    const broader = hasFilters
      ? raw.replace(/\b[A-Za-z]+:("[^"]*"?|\S*)/g, '').replace(/\s+/g, ' ').trim()
      : query.terms.length > 1
        ? query.terms.slice(0, -1).join(' ')
        : '';
    if (broader) suggestion.broader = broader;
    return suggestion;
  }
}

/** Pages matched and their scores, or every entry when the query has no words (filters or dates alone). */
type Scored = PageScores | 'every entry';


/** The matches of one response: ids, scores and whether each falls in a typed date, by place in the ranking. */
interface Ranked {
  ranking: Ranking;
  ids: Int32Array;
  scores: Float64Array;
  dated: Uint8Array;
}

// Ids run oldest first, then entity pages (lib/search/build-index.ts), so type and id break a tie
// in score as the newer date would, without the facts of every match.
const newerId = (a: number, b: number, entries: number) => Number(a >= entries) - Number(b >= entries) || b - a;
/** Pages in a typed date first, then by score. */
const byRelevance =
  (ids: Int32Array, scores: Float64Array, dated: Uint8Array, entries: number): Before =>
  (a, b) =>
    dated[b]! - dated[a]! || scores[b]! - scores[a]! || newerId(ids[a]!, ids[b]!, entries);
