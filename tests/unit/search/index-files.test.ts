/** The index is split so a first search fetches only what its words need. */
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, searchFileBody, searchFileNames, type IndexSource } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { FIRST_FIELDS } from '@/lib/search/fields';
import { memorySource } from '@/lib/search/source';

const source = (title: string, body: string, date: string): IndexSource => ({
  doc: { type: 'entry', date, precision: 'day', kind: 'corporate', actors: [], places: [], topics: [], scope: [], measure: [] },
  text: { slug: title.toLowerCase().replace(/\W+/g, '-'), title, summary: `About ${title}.` },
  fields: { title, names: '', keywords: '', summary: `About ${title}.`, body },
});
const files = buildSearchFiles(
  [source('Amazon pauses police use', 'The moratorium covers police.', '2020-06-10'), source('Microsoft refuses police sales', 'Brad Smith said so.', '2020-06-11'), source('Zebra crossing', 'Nothing.', '2021-01-01')],
  { entities: [], topics: [] },
);

describe('search index files', () => {
  it('splits each field by first letters (two for the body) and publishes every part', () => {
    expect(files.meta.shards.title).toEqual(['a', 'c', 'm', 'p', 'r', 's', 'u', 'z']);
    expect(searchFileNames(files)).toContain('title-a.json');
    expect(files.meta.shards.body).toContain('mo');
    expect(searchFileBody(files, 'pages-0.json')).toHaveLength(3);
    expect(searchFileBody(files, 'nope.json')).toBeUndefined();
  });

  it('fetches only meta, the shards of the typed words and the texts of the results', async () => {
    const fetched: string[] = [];
    const engine = await SearchEngine.open(memorySource(JSON.parse(JSON.stringify(files)), (name) => fetched.push(name)));
    const response = await engine.search('amazon', { fields: FIRST_FIELDS });
    expect(response.results.map((r) => r.text?.title)).toEqual(['Amazon pauses police use']);
    // These sources have no names or keywords, so those fields have no shards to fetch.
    expect(fetched.sort()).toEqual(['meta.json', 'pages-0.json', 'summary-a.json', 'title-a.json']);
    const body = await engine.search('moratorium');
    expect(body.results.map((r) => r.text?.title)).toEqual(['Amazon pauses police use']);
    expect(fetched).toContain('body-mo.json');
  });
});
