/**
 * The search page's facets: the kinds, actors and years of the entries among a query's matches.
 * A broad query at 10,000 entries has thousands of matches, met in the order of their scores,
 * not of their ids; so each page's kind, year and actors sit side by side in one flat array of
 * numbers, and counting reads one short run of it per match instead of the page's facts.
 */
import { kindLabel } from '../content/labels';
import type { Kind } from '../content/vocab';
import type { PackedDoc, SearchMeta } from './records';

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  kind: Facet[];
  actor: Facet[];
  year: Facet[];
}

export const NO_FACETS: Facets = { kind: [], actor: [], year: [] };

/** A page's run: its kind (-1 until an entry's facts are known), its year, its actor count, then its actors. */
const KIND = 0;
const YEAR = 1;
const ACTORS = 2;
const HEADER = 3;

export class FacetCounter {
  /** Actors a run has room for; grows when an entry names more. */
  private room = 2;
  private runs: Int32Array;
  private readonly years: string[] = [];
  private readonly yearIndex = new Map<string, number>();
  private namesInOrder?: Int32Array;

  constructor(private readonly meta: SearchMeta) {
    this.runs = this.emptyRuns(this.room);
  }

  /** Notes the facts of page `id` as fetched; entity pages have none to count. */
  learn(id: number, doc: PackedDoc): void {
    if (doc[0] !== 0) return;
    const actors = doc[5];
    if (actors.length > this.room) this.grow(actors.length);
    const year = doc[1].slice(0, 4);
    let index = this.yearIndex.get(year);
    if (index === undefined) this.yearIndex.set(year, (index = this.years.push(year) - 1));
    const at = id * (HEADER + this.room);
    this.runs[at + KIND] = doc[3];
    this.runs[at + YEAR] = index;
    this.runs[at + ACTORS] = actors.length;
    this.runs.set(actors, at + HEADER);
  }

  /** Kinds, actors (the twelve most frequent, then by name) and years, newest first, of these pages' entries. */
  count(ids: Int32Array): Facets {
    const { lists, entities } = this.meta;
    const kinds = new Int32Array(lists.kind.length);
    const actors = new Int32Array(entities.length);
    const years = new Int32Array(this.years.length);
    // Kinds in the order first met, which breaks ties in count.
    const kindOrder: number[] = [];
    const actorOrder: number[] = [];
    const runs = this.runs;
    const stride = HEADER + this.room;
    for (let i = 0; i < ids.length; i++) {
      const at = ids[i]! * stride;
      const kind = runs[at + KIND]!;
      if (kind === -1) continue;
      if (kinds[kind]!++ === 0) kindOrder.push(kind);
      years[runs[at + YEAR]!]!++;
      const end = at + HEADER + runs[at + ACTORS]!;
      for (let j = at + HEADER; j < end; j++) if (actors[runs[j]!]!++ === 0) actorOrder.push(runs[j]!);
    }
    const rank = this.nameRanks();
    return {
      kind: kindOrder.map((i) => ({ value: lists.kind[i]!, label: kindLabel(lists.kind[i] as Kind), count: kinds[i]! })).sort((a, b) => b.count - a.count),
      actor: actorOrder
        .sort((a, b) => actors[b]! - actors[a]! || rank[a]! - rank[b]!)
        .slice(0, 12)
        .map((i) => ({ value: entities[i]!.slug, label: entities[i]!.name, count: actors[i]! })),
      year: this.years.flatMap((value, i) => (years[i]! > 0 ? [{ value, label: value, count: years[i]! }] : [])).sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)),
    };
  }

  private emptyRuns(room: number): Int32Array {
    const runs = new Int32Array(this.meta.total * (HEADER + room));
    for (let at = 0; at < runs.length; at += HEADER + room) runs[at + KIND] = -1;
    return runs;
  }

  /** Makes room for `needed` actors in every run, keeping what is known. */
  private grow(needed: number): void {
    const old = this.runs;
    const oldStride = HEADER + this.room;
    this.room = needed;
    this.runs = this.emptyRuns(needed);
    const stride = HEADER + needed;
    for (let id = 0; id < this.meta.total; id++) this.runs.set(old.subarray(id * oldStride, (id + 1) * oldStride), id * stride);
  }

  /** Each entity's place in the order of names, worked out once: comparing names is slow, ranks are not. */
  private nameRanks(): Int32Array {
    if (!this.namesInOrder) {
      const { entities } = this.meta;
      const ranks = new Int32Array(entities.length);
      // One collator for every comparison: the order of `localeCompare`, which in a browser
      // looked up the locale's rules again for each of the sort's thousands of comparisons
      // (about 30 ms of a phone's first search page, measured in Chromium).
      const { compare } = new Intl.Collator();
      [...entities.keys()].sort((a, b) => compare(entities[a]!.name, entities[b]!.name)).forEach((i, place) => (ranks[i] = place));
      this.namesInOrder = ranks;
    }
    return this.namesInOrder;
  }
}
