import { describe, expect, it } from 'vitest';
import { exportedFile, routePath } from '@/lib/export/incremental/route-paths';

describe('routePath', () => {
  it('fills a route pattern with its params as Next does', () => {
    expect(routePath('/entries/[slug]', { slug: '2020-06-10-amazon' })).toBe('/entries/2020-06-10-amazon');
    expect(routePath('/entities/[slug]/feed.xml', { slug: 'amazon' })).toBe('/entities/amazon/feed.xml');
  });

  it('spreads a catch-all, and leaves an empty optional one out', () => {
    expect(routePath('/entities/[slug]/[[...page]]', { slug: 'amazon', page: ['page', '2'] })).toBe('/entities/amazon/page/2');
    expect(routePath('/entities/[slug]/[[...page]]', { slug: 'amazon', page: [] })).toBe('/entities/amazon');
    expect(routePath('/timeline/[year]/[[...page]]', { year: '2020' })).toBe('/timeline/2020');
    expect(routePath('/docs/[...path]', { path: ['a', 'b'] })).toBe('/docs/a/b');
  });

  it('names the pattern and the param a route left without a value', () => {
    expect(() => routePath('/entries/[slug]', {})).toThrow('/entries/[slug]: no value for slug');
    expect(() => routePath('/docs/[...path]', { path: [] })).toThrow('/docs/[...path]: no value for path');
  });
});

describe('exportedFile', () => {
  it('puts a page at <path>/index.html (trailingSlash) and a route handler at its path', () => {
    expect(exportedFile('page', '/entries/a')).toBe('entries/a/index.html');
    expect(exportedFile('page', '/')).toBe('index.html');
    expect(exportedFile('file', '/search-index/meta.json')).toBe('search-index/meta.json');
  });
});
