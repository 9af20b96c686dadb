/** Search over the real content, answering the queries readers type. */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilters, matchesFilters } from '@/lib/filters/filter-model';
import { entryFacts } from '@/lib/filters/entry-facts';
import type { SearchEngine } from '@/lib/search/engine';
import { getCollection } from '@/lib/site-data';
import { realSearchEngine } from '../support/search';

let engine: SearchEngine;
const collection = getCollection();
beforeAll(async () => {
  engine = await realSearchEngine();
});
const slugs = async (query: string, count = 5) => (await engine.search(query, { show: 50 })).results.slice(0, count).map((r) => r.text?.slug);

describe('search on the real content', () => {
  it('company:amazon returns only entries with Amazon as an actor, all of them', async () => {
    const { results } = await engine.search('company:amazon');
    const expected = collection.entries.filter((e) => e.actors.includes('amazon')).map((e) => e.slug).sort();
    await engine.loadTexts(results);
    expect(results.map((r) => r.text!.slug).sort()).toEqual(expected);
  });

  it('measure:ban in:"united states" returns exactly the US entries whose measure is a ban, like the timeline filter', async () => {
    const { results } = await engine.search('measure:ban in:"united states"');
    await engine.loadTexts(results);
    const parentOf = (slug: string) => collection.getEntity(slug)?.parent;
    const expected = collection.entries
      .filter((e) => matchesFilters(entryFacts(e, parentOf), { ...emptyFilters(), measure: ['ban'], jurisdiction: ['united-states'] }))
      .map((e) => e.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(results.map((r) => r.text!.slug).sort()).toEqual(expected);
    expect(results.every((r) => r.doc.measure.includes('ban'))).toBe(true);
  });

  it('scope:police and measure:"sales halt" narrow a word search', async () => {
    const { results } = await engine.search('amazon measure:"sales halt"');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.doc.measure.includes('sales-halt'))).toBe(true);
    const police = await engine.search('scope:police kind:legislation');
    expect(police.results.length).toBeGreaterThan(10);
    expect(police.results.every((r) => r.doc.scope.includes('police') && r.doc.kind === 'legislation')).toBe(true);
  });

  it('"June 2020" ranks entries dated 2020-06 first', async () => {
    const { results } = await engine.search('June 2020', { show: 100 });
    const june = collection.entries.filter((e) => e.date.startsWith('2020-06'));
    expect(results.length).toBe(june.length);
    expect(results.every((r) => r.doc.date!.startsWith('2020-06'))).toBe(true);
  });

  it('finds Amazon by AWS, Rekognition and its name, with its page first for the name and alias', async () => {
    expect((await slugs('AWS', 1))[0]).toBe('amazon');
    expect((await slugs('amazon', 1))[0]).toBe('amazon');
    const rekognition = await engine.search('Rekognition', { show: 50 });
    expect(rekognition.results.filter((r) => r.doc.actors.includes('amazon')).length).toBeGreaterThan(3);
  });

  it('finds Meta by Facebook', async () => {
    expect((await slugs('Facebook', 10))).toContain('2021-11-02-meta-shuts-down-facebook-face-recognition');
    expect((await slugs('facebook', 1))[0]).toBe('meta');
  });

  it('ranks a title match above a body match', async () => {
    const { results } = await engine.search('BIPA', { show: 50 });
    const titled = results.findIndex((r) => /BIPA/i.test(r.text!.title));
    const untitled = results.findIndex((r) => !/BIPA|Biometric Information Privacy/i.test(r.text!.title));
    expect(titled).toBeGreaterThanOrEqual(0);
    expect(titled).toBeLessThan(untitled);
  });

  it('"amazon june 2020" returns Amazon\'s June 2020 entries first', async () => {
    const { results } = await engine.search('amazon june 2020', { show: 10 });
    expect(results[0]!.text!.slug).toBe('2020-06-10-amazon-rekognition-police-moratorium');
    const firstOutside = results.findIndex((r) => !r.inDates);
    expect(results.slice(0, firstOutside).every((r) => r.doc.date!.startsWith('2020-06'))).toBe(true);
  });

  it('"microsoft police 2020" puts Microsoft\'s 2020 refusal first', async () => {
    expect((await slugs('microsoft police 2020', 1))[0]).toBe('2020-06-11-microsoft-will-not-sell-to-police');
  });

  it('"bans in 2019" starts with the 2019 bans', async () => {
    expect(await slugs('bans in 2019', 10)).toContain('2019-05-14-san-francisco-bans-government-facial-recognition');
    const { results } = await engine.search('bans in 2019', { show: 5 });
    expect(results.slice(0, 3).every((r) => r.doc.date!.startsWith('2019'))).toBe(true);
  });

  it('company:amazon from:2021 returns exactly the entries Amazon acted in from 2021 on', async () => {
    const expected = collection.entries.filter((e) => e.actors.includes('amazon') && e.date >= '2021-01-01').map((e) => e.slug).sort();
    expect(expected).toContain('2021-05-18-amazon-extends-rekognition-moratorium');
    expect((await slugs('company:amazon from:2021', 50)).sort()).toEqual(expected);
  });

  it('facets count kinds, actors and years of the results', async () => {
    const { facets, results } = await engine.search('clearview');
    expect(facets.kind.reduce((sum, f) => sum + f.count, 0)).toBe(results.filter((r) => r.doc.type === 'entry').length);
    expect(facets.actor[0]!.label).toBe('Clearview AI');
  });

  it('narrows by facet and sorts by date', async () => {
    const { results } = await engine.search('clearview', { kind: ['legal'], sort: 'date' });
    expect(results.every((r) => r.doc.kind === 'legal')).toBe(true);
    const dates = results.map((r) => r.doc.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('suggests the nearest entity and a broader query when nothing matches', async () => {
    const misspelt = await engine.search('amzn');
    expect(misspelt.results).toEqual([]);
    expect(misspelt.suggestion?.entity?.slug).toBe('amazon');
    const narrow = await engine.search('company:amazon kind:legal moratorium');
    expect(narrow.results).toEqual([]);
    expect(narrow.suggestion?.broader).toBe('moratorium');
  });

  it('never throws on bad input, answering with results or a hint', async () => {
    for (const query of ['', '   ', 'a'.repeat(10_000), '<img src=x onerror=alert(1)>', '.*(', '[', 'foo:bar', 'from:2020-13', 'company:', '"unclosed', '\u0000\uffff']) {
      const response = await engine.search(query);
      expect(Array.isArray(response.results), query.slice(0, 20)).toBe(true);
    }
    expect((await engine.search('from:2020-13')).hints).toEqual(['from: takes a date like 2020-06']);
    expect((await engine.search('a'.repeat(10_000))).hints[0]).toBe('Only the first 200 characters of the query were used.');
  });
});
