import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, parseSiteUrl, withBasePath } from '@/lib/site-config';

describe('SITE_URL: the site address and its path prefix', () => {
  it('splits an address into origin and path prefix, without a trailing slash', () => {
    expect(parseSiteUrl('https://example.org/tracker/')).toEqual({
      origin: 'https://example.org',
      basePath: '/tracker',
      url: 'https://example.org/tracker',
    });
    expect(parseSiteUrl('https://example.org')).toEqual({ origin: 'https://example.org', basePath: '', url: 'https://example.org' });
  });

  it('falls back to the local server when unset', () => {
    expect(parseSiteUrl(undefined).url).toBe('http://localhost:3000');
    expect(parseSiteUrl('  ').url).toBe('http://localhost:3000');
  });

  it('stops the build with a clear message on a value that is not an address', () => {
    expect(() => parseSiteUrl('example.org/tracker')).toThrow(/SITE_URL: "example.org\/tracker" is not an absolute URL/);
    expect(() => parseSiteUrl('ftp://example.org')).toThrow(/must start with https:\/\/ or http:\/\//);
    expect(() => parseSiteUrl('https://example.org/x?a=1')).toThrow(/query or a fragment/);
  });

  it('prefixes site paths for raw links, leaving fragments and outside addresses alone', () => {
    const address = parseSiteUrl('https://example.org/tracker');
    expect(withBasePath('/feed.xml', address)).toBe('/tracker/feed.xml');
    expect(withBasePath('/entries/a/', address)).toBe('/tracker/entries/a/');
    expect(withBasePath('#main', address)).toBe('#main');
    expect(withBasePath('https://example.com/', address)).toBe('https://example.com/');
    expect(withBasePath('//cdn.example.com/x', address)).toBe('//cdn.example.com/x');
    expect(withBasePath('/feed.xml', parseSiteUrl('https://example.org'))).toBe('/feed.xml');
  });

  it('makes absolute addresses and refuses paths that are not site paths', () => {
    const address = parseSiteUrl('https://example.org/tracker');
    expect(absoluteUrl('/entries/a/', address)).toBe('https://example.org/tracker/entries/a/');
    expect(absoluteUrl('/', address)).toBe('https://example.org/tracker/');
    expect(() => absoluteUrl('entries/a/', address)).toThrow(/not a site path/);
  });
});

describe('next.config.mjs reads SITE_URL the same way', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
    vi.resetModules();
  });

  for (const value of ['https://example.org/tracker/', 'https://example.org', 'http://127.0.0.1:8080/a/b']) {
    it(`derives the same basePath and site address from ${value}`, async () => {
      process.env.SITE_URL = value;
      vi.resetModules();
      const config = (await import('../../next.config.mjs')).default;
      const expected = parseSiteUrl(value);
      expect(config.basePath ?? '').toBe(expected.basePath);
      expect(config.env?.SITE_URL).toBe(expected.url);
    });
  }
});
