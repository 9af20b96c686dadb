/**
 * A broad query puts only its first page of results in order, and the next page when asked: the
 * results shown, their count and the facets are those a full sort of every match gives.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, type IndexSource } from '@/lib/search/build-index';
import { SearchEngine, type SearchOptions, type SearchResult } from '@/lib/search/engine';
import { FIRST_FIELDS } from '@/lib/search/fields';
import { Ranking } from '@/lib/search/ranking';
import { memorySource } from '@/lib/search/source';

/** The same numbers on every run (a linear congruential generator, read from its high bits). */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * below);
  };
}

describe('Ranking', () => {
  // Scores with many ties, broken by the match's number as the engine breaks them by id.
  const next = numbers(7);
  const scores = Array.from({ length: 5000 }, () => next(40));
  const before = (a: number, b: number) => scores[b]! - scores[a]! || b - a;
  const sorted = scores.map((_, i) => i).sort(before);

  it('gives the first matches of a full sort, however many are asked for', () => {
    for (const n of [0, 1, 8, 30, 1249, 1250, 4999, 5000, 6000]) {
      expect([...new Ranking(scores.length, before).first(n)], `first ${n}`).toEqual(sorted.slice(0, n));
    }
  });

  it('continues page after page where the last one ended', () => {
    const ranking = new Ranking(scores.length, before);
    for (const n of [8, 38, 68, 98, 30, 2000, 5000]) expect([...ranking.first(n)], `first ${n}`).toEqual(sorted.slice(0, n));
  });

  it('has nothing to give when nothing matched', () => {
    expect([...new Ranking(0, before).first(10)]).toEqual([]);
  });
});

describe('a broad query on 1,500 generated entries', () => {
  const next = numbers(11);
  const pick = <T>(list: readonly T[]) => list[next(list.length)]!;
  const WORDS = ['council', 'police', 'camera', 'school', 'airport', 'ban', 'contract', 'privacy', 'license', 'audit'];
  const KINDS = ['corporate', 'legislation', 'legal', 'research'] as const;
  const entries = Array.from({ length: 1500 }, (_, i): IndexSource => {
    const title = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const body = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
    const date = `${2010 + next(12)}-0${1 + next(9)}-1${next(10)}`;
    return {
      doc: { type: 'entry', date, precision: 'day', kind: pick(KINDS), actors: [], places: [], topics: [], scope: [], measure: [] },
      text: { slug: `entry-${i}`, title, summary: `About ${title}.` },
      fields: { title, names: '', keywords: '', summary: `About ${title}.`, body },
    };
  })
    // Numbered as the index numbers them, oldest first.
    .sort((a, b) => a.doc.date!.localeCompare(b.doc.date!));
  const files = buildSearchFiles(entries, { entities: [], topics: [] });
  const open = () => SearchEngine.open(memorySource(JSON.parse(JSON.stringify(files)) as typeof files));

  // The order the results page has always shown: a typed date first, then score, then newer.
  const byRelevance = (a: SearchResult, b: SearchResult) => Number(b.inDates) - Number(a.inDates) || b.score - a.score || b.doc.id - a.doc.id;
  const byDate = (a: SearchResult, b: SearchResult) => b.doc.date!.localeCompare(a.doc.date!) || b.score - a.score || b.doc.id - a.doc.id;
  const ids = (results: readonly SearchResult[]) => results.map((result) => result.doc.id);

  const cases: [string, SearchOptions, typeof byRelevance][] = [
    ['council', {}, byRelevance],
    ['council police', {}, byRelevance],
    ['council 2015', {}, byRelevance],
    ['police', { sort: 'date' }, byDate],
    ['camera', { kind: ['legal', 'research'] }, byRelevance],
  ];

  it.each(cases)('"%s" %o: the first page, the count and the facets are those of every result sorted', async (query, options, order) => {
    const engine = await open();
    const every = await engine.search(query, options);
    expect(every.total).toBe(every.results.length);
    expect(every.total).toBeGreaterThan(200);
    expect(ids(every.results)).toEqual(ids([...every.results].sort(order)));

    const first = await engine.search(query, { ...options, show: 30 });
    expect(first.total).toBe(every.total);
    expect(ids(first.results)).toEqual(ids(every.results).slice(0, 30));
    expect(first.results.map((result) => result.text?.title)).toEqual(first.results.map((result) => entries[result.doc.id]!.text.title));
    expect(first.facets).toEqual(every.facets);
  });

  it('shows the next pages on demand, each with its titles, continuing the order of a full sort', async () => {
    const engine = await open();
    const every = await engine.search('council');
    const first = await engine.search('council', { show: 30 });
    const second = await engine.more(first, 60);
    expect(ids(second.results)).toEqual(ids(every.results).slice(0, 60));
    expect(second.results.slice(0, 30)).toEqual(first.results);
    expect(second.results.every((result) => result.text !== undefined)).toBe(true);
    expect(second.total).toBe(every.total);
    const third = await engine.more(second, 90);
    expect(ids(third.results)).toEqual(ids(every.results).slice(0, 90));
    const all = await engine.more(third, every.total + 30);
    expect(ids(all.results)).toEqual(ids(every.results));
  });

  it('answers each query as a fresh engine does, after other searches and while others are under way', async () => {
    // The engine reuses its arrays from one search to the next; nothing of one query may leak into another.
    const queries = ['council police', 'police', 'camera 2015', 'audit license privacy', 'council'];
    const alone = await Promise.all(queries.map(async (query) => (await open()).search(query, { show: 30 })));
    expect(alone.every((response) => response.total > 0)).toBe(true);
    const engine = await open();
    for (const [i, query] of queries.entries()) expect(await engine.search(query, { show: 30 }), query).toEqual(alone[i]);
    const overlapping = await Promise.all(queries.map((query) => engine.search(query, { show: 30 })));
    expect(overlapping).toEqual(alone);
    const again = await engine.more(overlapping[0]!, 60);
    expect(ids(again.results)).toEqual(ids((await (await open()).search(queries[0]!)).results).slice(0, 60));
  });

  it('in the header box, matches first and puts the eight results shown in order after', async () => {
    const engine = await open();
    const every = await engine.search('council', { fields: FIRST_FIELDS, facets: false });
    const matched = await engine.search('council', { fields: FIRST_FIELDS, facets: false, show: 0 });
    expect(matched.results).toEqual([]);
    expect(matched.total).toBe(every.total);
    const shown = await engine.more(matched, 8);
    expect(ids(shown.results)).toEqual(ids(every.results).slice(0, 8));
    expect(shown.results.map((result) => result.text?.title)).toEqual(every.results.slice(0, 8).map((result) => entries[result.doc.id]!.text.title));
  });
});
