/** When nothing matches, the search page offers the nearest entity and a broader query. */
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, type IndexSource } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { memorySource } from '@/lib/search/source';

const page = (title: string, actors: string[] = []): IndexSource => ({
  doc: { type: 'entry', date: '2020-06-10', precision: 'day', kind: 'corporate', status: 'enacted', actors, places: [], topics: [], scope: [], measure: [] },
  text: { slug: title.toLowerCase().replace(/\W+/g, '-'), title, summary: title },
  fields: { title, names: actors.join(' '), keywords: '', summary: title, body: '' },
});

const entities = [
  { slug: 'alabama', name: 'Alabama', aliases: ['AL'], category: 'jurisdiction' },
  { slug: 'amazon', name: 'Amazon', aliases: ['AWS'], category: 'company' },
];
const files = buildSearchFiles([page('Amazon pauses police use of Rekognition', ['amazon']), page('Council moratorium on drones')], { entities, topics: [] });
const engine = await SearchEngine.open(memorySource(JSON.parse(JSON.stringify(files)) as typeof files));

describe('when nothing matches', () => {
  it('offers the entity whose name is nearest to the words typed', async () => {
    const response = await engine.search('alabamma');
    expect(response.total).toBe(0);
    expect(response.suggestion?.entity).toEqual({ slug: 'alabama', name: 'Alabama' });
  });

  it('offers no entity for filters alone: no word was typed that could be misspelt', async () => {
    // Before, an empty text was matched to the nearest short alias ("AL", so "Did you mean Alabama?").
    const response = await engine.search('status:in-effect');
    expect(response.total).toBe(0);
    expect(response.suggestion?.entity).toBeUndefined();
  });

  it('offers the words without the filters as a broader search', async () => {
    const response = await engine.search('council kind:legal');
    expect(response.total).toBe(0);
    expect(response.suggestion?.broader).toBe('council');
  });
});
