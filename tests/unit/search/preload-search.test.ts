/**
 * The search page's head script: for a query in the address it asks for the engine's code,
 * `meta.json` and the shard files of the query's words, the very files the engine then fetches
 * for that query, and never a file the index does not have.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchFileNames } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { SHARD_LENGTH } from '@/lib/search/fields';
import { preloadSearch, searchPreload } from '@/lib/search/preload-search';
import { memorySource } from '@/lib/search/source';
import { realSearchFiles } from '../../support/search';

const files = realSearchFiles();
const names = new Set(searchFileNames(files));
const preload = searchPreload(['/islands/chunk-ENGINE.js'], '/tracker/search-index/', names, SHARD_LENGTH);

/** The links the script adds for an address's query, as `rel href`. */
function linksFor(query: string | undefined): string[] {
  const links: string[] = [];
  vi.stubGlobal('window', { location: { search: query === undefined ? '' : `?q=${encodeURIComponent(query)}` } });
  vi.stubGlobal('document', {
    createElement: () => ({}),
    head: { appendChild: (link: { rel: string; href: string }) => links.push(`${link.rel} ${link.href}`) },
  });
  preloadSearch(preload);
  return links;
}

/** The shard files the engine fetches to answer a query on the search page (every field). */
async function shardsFetched(query: string): Promise<string[]> {
  const fetched: string[] = [];
  const engine = await SearchEngine.open(memorySource(files, (name) => fetched.push(name)));
  await engine.search(query, { show: 5 });
  return fetched.filter((name) => /^(first|body)-/.test(name)).sort();
}

const shardsOf = (links: string[]) =>
  links.flatMap((link) => /^preload \/tracker\/search-index\/((?:first|body)-[^/]+\.json)$/.exec(link)?.[1] ?? []).sort();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search page head script', () => {
  it('asks for nothing without a query', () => {
    expect(linksFor(undefined)).toEqual([]);
    expect(linksFor('  ')).toEqual([]);
  });

  it('asks for the engine, meta.json and the shards of the words, under the path prefix', () => {
    expect(linksFor('amazon')).toEqual([
      'modulepreload /islands/chunk-ENGINE.js',
      'preload /tracker/search-index/meta.json',
      'preload /tracker/search-index/first-am.json',
      'preload /tracker/search-index/body-am.json',
    ]);
  });

  it.each([
    'amazon',
    'Prohibited facial recognition',
    'company:amazon police 2021',
    'June 2020 moratorium',
    'bans in jun 2020',
    'Massachusetts',
    'law enforcement',
    'in:"united states" bans',
    'cops sold quit',
    'IBM exits the business',
    'rekognitoin',
  ])('asks for exactly the shards the engine fetches for %j', async (query) => {
    const asked = shardsOf(linksFor(query));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).toEqual(await shardsFetched(query));
  });

  it('asks only for shards the index has: none for a word no shard starts with, nor for filters and years alone', () => {
    expect(names.has('first-qx.json')).toBe(false);
    expect(shardsOf(linksFor('qxzzy'))).toEqual([]);
    expect(shardsOf(linksFor('kind:legislation 2020'))).toEqual([]);
    for (const link of linksFor('amazon prohibited qxzzy')) {
      const file = link.replace(/^\S+ \/tracker\/search-index\//, '');
      if (!link.includes('/islands/')) expect(names.has(file), link).toBe(true);
    }
  });
});
