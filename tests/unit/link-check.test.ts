import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, htmlLinks } from '../support/link-check';

const root = mkdtempSync(path.join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

describe('the internal link checker used on the path-prefix build', () => {
  write('index.html', [
    '<a href="/tracker/entries/a/">ok</a>',
    '<a href="/entries/a/">no prefix</a>',
    '<a href="/tracker/entries/missing/">missing</a>',
    '<script src="/tracker/_next/static/x.js"></script>',
    '<link rel="icon" href="/tracker/icon.svg?v=1"/>',
    '<a href="#main">skip</a><a href="https://example.com/elsewhere">out</a>',
    '<a href="https://example.org/tracker/feed.xml">feed</a>',
    '<svg><a href="/tracker/entries/a/"><circle/></a></svg>',
  ].join(''));
  write('entries/a/index.html', '<a href="../../data/">relative</a><a href="feed.xml">relative file</a>');
  write('data/index.html', '');
  write('_next/static/x.js', '');
  write('icon.svg', '');
  write('feed.xml', '<link href="https://example.org/tracker/entries/a/"/><link href="https://example.org/entries/b/"/><link href="https://www.reuters.com/x"/>');

  const report = checkLinks(root, 'https://example.org/tracker');

  it('reports links without the prefix, links to missing pages and missing relative files', () => {
    expect(report.broken).toEqual([
      { file: 'entries/a/index.html', url: 'feed.xml', reason: 'has no file' },
      { file: 'feed.xml', url: 'https://example.org/entries/b/', reason: 'does not start with the path prefix /tracker/' },
      { file: 'index.html', url: '/entries/a/', reason: 'does not start with the path prefix /tracker/' },
      { file: 'index.html', url: '/tracker/entries/missing/', reason: 'has no index.html' },
    ]);
  });

  it('checks pages, assets, SVG links and the site\'s own addresses in feeds, not outside sites', () => {
    expect(report.checked).toBe(11);
    expect(htmlLinks('<img srcset="/a.png 1x, /b.png 2x" src="/c.png">')).toEqual(['/c.png', '/a.png', '/b.png']);
  });
});
