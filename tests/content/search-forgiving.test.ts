/** Forgiving search on the real content: the questions from the issue, as readers type them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { READER_QUESTIONS } from '@/lib/bench/reader-questions';
import type { SearchEngine } from '@/lib/search/engine';
import { getCollection } from '@/lib/site-data';
import { realSearchEngine } from '../support/search';

let engine: SearchEngine;
const collection = getCollection();
beforeAll(async () => {
  engine = await realSearchEngine();
});
const top = async (query: string, count = 3) => (await engine.search(query, { show: count })).results.slice(0, count).map((r) => r.text!.slug);
const entry = (slug: string) => collection.entries.find((e) => e.slug === slug);

describe('forgiving search on the real content', () => {
  it('finds Rekognition misspelt "rekognitoin", and says which word it used', async () => {
    const response = await engine.search('rekognitoin', { show: 3 });
    expect(response.results[0]!.text!.slug).toBe('amazon');
    expect(response.hints).toEqual(['No page has “rekognitoin”; showing pages with “rekognition”.']);
  });

  it('puts IBM\'s exit first for "IBM exits facial recognition"', async () => {
    expect((await top('IBM exits facial recognition'))[0]).toBe('2020-06-08-ibm-exits-general-purpose-facial-recognition');
  });

  it('answers "where is face recognition banned for police" with rules that bar police first', async () => {
    for (const slug of await top('where is face recognition banned for police')) {
      const rule = entry(slug);
      // A ban, or a ban for a time (California's three-year body-camera ban is a moratorium).
      expect(rule?.measure?.some((measure) => measure === 'ban' || measure === 'moratorium'), slug).toBe(true);
      expect(rule?.scope?.some((scope) => scope === 'police' || scope === 'government' || scope === 'all'), slug).toBe(true);
    }
  });

  it('reads a company or place and a year without filter syntax', async () => {
    const cases: [string, string, string][] = [
      ['amazon 2020', 'amazon', '2020'],
      ['ibm 2020', 'ibm', '2020'],
      ['clearview 2022', 'clearview-ai', '2022'],
      ['san francisco 2019', 'san-francisco', '2019'],
      ['illinois 2008', 'illinois', '2008'],
    ];
    for (const [query, slug, year] of cases) {
      const first = entry((await top(query, 1))[0]!);
      expect(first?.date.slice(0, 4), query).toBe(year);
      expect([...first!.actors, ...(first!.jurisdictions ?? [])], query).toContain(slug);
    }
  });

  it('keeps the reader questions of the benchmark pointing at pages that exist', () => {
    const slugs = new Set([...collection.entries.map((e) => e.slug), ...collection.entities.map((e) => e.slug)]);
    expect(READER_QUESTIONS.length).toBeGreaterThanOrEqual(40);
    for (const question of READER_QUESTIONS) for (const slug of question.expect) expect(slugs.has(slug), `${question.query}: ${slug}`).toBe(true);
  });
});
