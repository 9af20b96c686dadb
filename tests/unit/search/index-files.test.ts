/** The index is split so a first search fetches only what its words need. */
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, searchFileBody, searchFileNames, type IndexSource, type SearchFiles } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { FIRST_FIELDS } from '@/lib/search/fields';
import { DOC_CHUNK, PAGE_SIZE } from '@/lib/search/records';
import { memorySource } from '@/lib/search/source';

const source = (title: string, body: string, date: string, kind: 'corporate' | 'legislation' = 'corporate'): IndexSource => ({
  doc: { type: 'entry', date, precision: 'day', kind, actors: [], places: [], topics: [], scope: [], measure: [] },
  text: { slug: title.toLowerCase().replace(/\W+/g, '-'), title, summary: `About ${title}.` },
  fields: { title, names: '', keywords: '', summary: `About ${title}.`, body },
});
const files = buildSearchFiles(
  [source('Amazon pauses police use', 'The moratorium covers police.', '2020-06-10'), source('Microsoft refuses police sales', 'Brad Smith said so.', '2020-06-11'), source('Zebra crossing', 'Nothing.', '2021-01-01')],
  { entities: [], topics: [] },
);
// Round-trip through JSON, as the browser receives the files.
const copy = (built: SearchFiles): SearchFiles => JSON.parse(JSON.stringify(built)) as SearchFiles;

describe('search index files', () => {
  it('splits the words by their first two letters, the first fields in one file and the body in another, and publishes every part', () => {
    // "pauses" is indexed as "moratorium", "sales" as "sell"; titles also index the beginnings
    // of words, so single letters have shards of their own.
    expect(files.meta.shards.first).toEqual(expect.arrayContaining(['a', 'am', 'mi', 'mo', 'se', 'ze']));
    expect(files.meta.shards.first!.every((key) => key.length <= 2)).toBe(true);
    expect(Object.keys(searchFileBody(files, 'first-am.json') as object).sort()).toEqual(['summary', 'title']);
    expect(files.meta.shards.body).toContain('mo');
    expect(searchFileNames(files)).toEqual(expect.arrayContaining(['meta.json', 'first-am.json', 'body-mo.json', 'docs-0.json', 'pages-0.json']));
    expect(searchFileBody(files, 'nope.json')).toBeUndefined();
  });

  it('numbers entries oldest first, so each page file holds the texts and facts of the same ids', () => {
    const page = searchFileBody(files, 'pages-0.json') as SearchFiles['pages'][number];
    expect(page.texts.map((text) => text.title)).toEqual(['Amazon pauses police use', 'Microsoft refuses police sales', 'Zebra crossing']);
    expect(page.docs.map((doc) => doc[1])).toEqual(['2020-06-10', '2020-06-11', '2021-01-01']);
  });

  it('fetches only meta, the shard of the typed word and the page of the results, then the body', async () => {
    const fetched: string[] = [];
    const engine = await SearchEngine.open(memorySource(copy(files), (name) => fetched.push(name)));
    const response = await engine.search('amazon', { fields: FIRST_FIELDS, facets: false });
    expect(response.results.map((r) => r.text?.title)).toEqual(['Amazon pauses police use']);
    expect(response.results[0]!.doc.date).toBe('2020-06-10');
    expect(fetched.sort()).toEqual(['first-am.json', 'meta.json', 'pages-0.json']);
    const body = await engine.search('moratorium');
    expect(body.results.map((r) => r.text?.title)).toEqual(['Amazon pauses police use']);
    expect(fetched).toContain('body-mo.json');
  });
});

describe('facts split by id', () => {
  // Three chunks of facts: the newest entries are legislation, the rest corporate.
  // Given newest first, numbered oldest first.
  const many = Array.from({ length: 2 * DOC_CHUNK + 5 }, (_, i) => {
    const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return source(`Council ${i}`, '', date, i >= 2 * DOC_CHUNK ? 'legislation' : 'corporate');
  }).reverse();
  const big = buildSearchFiles(many, { entities: [], topics: [] });

  it('finds a result’s facts in the chunk and the page that hold its id', () => {
    const id = DOC_CHUNK + 7;
    const chunk = searchFileBody(big, 'docs-1.json') as SearchFiles['docs'][number];
    const page = searchFileBody(big, `pages-${Math.floor(id / PAGE_SIZE)}.json`) as SearchFiles['pages'][number];
    expect(chunk[7]![1]).toBe('2002-10-04');
    expect(page.docs[id % PAGE_SIZE]).toEqual(chunk[7]);
    expect(page.texts[id % PAGE_SIZE]!.title).toBe(`Council ${id}`);
  });

  it('fetches the chunks a filter needs and shows each result with its own facts', async () => {
    const fetched: string[] = [];
    const engine = await SearchEngine.open(memorySource(copy(big), (name) => fetched.push(name)));
    const response = await engine.search('kind:legislation', { show: 5 });
    expect(response.results).toHaveLength(5);
    expect(response.results.map((r) => [r.text?.title, r.doc.kind, r.doc.date])).toEqual(
      [2004, 2003, 2002, 2001, 2000].map((i) => [`Council ${i}`, 'legislation', many[many.length - 1 - i]!.doc.date]),
    );
    expect(response.facets.kind).toEqual([{ value: 'legislation', label: expect.any(String), count: 5 }]);
    expect(fetched.filter((name) => name.startsWith('docs-')).sort()).toEqual(['docs-0.json', 'docs-1.json', 'docs-2.json']);
  });

  it('in the header box, fetches no chunk of facts for plain words', async () => {
    const fetched: string[] = [];
    const engine = await SearchEngine.open(memorySource(copy(big), (name) => fetched.push(name)));
    const response = await engine.search('council', { fields: FIRST_FIELDS, facets: false, show: 8 });
    expect(response.total).toBeGreaterThan(DOC_CHUNK);
    expect(response.results).toHaveLength(8);
    expect(response.results.every((r) => r.doc.date && r.text)).toBe(true);
    expect(fetched.some((name) => name.startsWith('docs-'))).toBe(false);
  });

  it('fails with the missing file’s name when a chunk of facts is not there', async () => {
    const broken = copy(big);
    broken.docs.pop();
    const engine = await SearchEngine.open(memorySource(broken));
    await expect(engine.search('kind:legislation')).rejects.toThrow('search file docs-2.json: not found');
  });
});
