/** `npm run bench:pages`: what counts as HTML, CSS, JS or other, the sums, and the entry budget. */
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetLines, checkBudgets, checkPrefetch, pageWeight, payloadPage, prefetchLines, resourceKind, weightTable } from '@/lib/bench/page-weights';

const BASE = 'http://127.0.0.1:3000';

describe('page weights', () => {
  it('sorts responses by content type, route payloads counting as other', () => {
    expect(resourceKind(`${BASE}/entries/x/`, 'text/html; charset=utf-8')).toBe('html');
    expect(resourceKind(`${BASE}/_next/static/chunks/a.css`, 'text/css; charset=utf-8')).toBe('css');
    expect(resourceKind(`${BASE}/_next/static/chunks/a.js`, 'text/javascript; charset=utf-8')).toBe('js');
    expect(resourceKind(`${BASE}/timeline/__next.timeline.__PAGE__.txt?_rsc=1`, 'text/plain; charset=utf-8')).toBe('other');
    expect(resourceKind(`${BASE}/icon.svg`, 'image/svg+xml')).toBe('other');
  });

  it('sums bytes by kind, counts requests, and checks entry pages against 130 KB of JS', () => {
    const entry = pageWeight('entry (median)', '/entries/x/', [
      { url: `${BASE}/entries/x/`, contentType: 'text/html', gzBytes: 14_000 },
      { url: `${BASE}/_next/static/chunks/a.js`, contentType: 'text/javascript', gzBytes: 100_000 },
      { url: `${BASE}/_next/static/chunks/b.js`, contentType: 'text/javascript', gzBytes: 40_000 },
      { url: `${BASE}/about/index.txt`, contentType: 'text/plain', gzBytes: 3_000 },
    ]);
    expect(entry.requests).toBe(4);
    expect(entry.bytes).toEqual({ html: 14_000, css: 0, js: 140_000, other: 3_000 });
    expect(entry.scripts).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
    const about = pageWeight('about', '/about/', [{ url: `${BASE}/_next/static/chunks/a.js`, contentType: 'text/javascript', gzBytes: 200_000 }]);
    expect(BUDGETS).toEqual([{ pagePrefix: 'entry', maxJsBytes: 130 * 1024 }]);
    // Only entry pages have a budget; 140,000 bytes is over 130 KB (133,120 bytes).
    expect(checkBudgets([entry, about])).toEqual([{ page: 'entry (median)', jsBytes: 140_000, maxJsBytes: 133_120, holds: false }]);
    expect(budgetLines(checkBudgets([entry]))).toEqual(['OVER: entry (median) loads 136.7 KB of JS gzipped (budget 130.0 KB)']);
    expect(weightTable([entry]).split('\n')[2]).toBe('| entry (median) | `/entries/x/` | 13.7 KB | 0.0 KB | 136.7 KB | 2.9 KB | 2.9 KB in 1 | 153.3 KB | 4 |');
  });

  it('counts the route payloads of other pages as prefetched, and checks every page against 100 KB', () => {
    expect(payloadPage(`${BASE}/entries/y/__next.entries.$d$slug.__PAGE__.txt`)).toBe('/entries/y/');
    expect(payloadPage(`${BASE}/index.txt?_rsc=abc`)).toBe('/');
    expect(payloadPage(`${BASE}/search-index/meta.json`)).toBeUndefined();
    const entity = pageWeight('entity (company)', '/entities/amazon/', [
      { url: `${BASE}/entities/amazon/`, contentType: 'text/html', gzBytes: 9_000 },
      // Its own payload is not a prefetch; the two entries' are.
      { url: `${BASE}/entities/amazon/__next._tree.txt`, contentType: 'text/plain', gzBytes: 1_000 },
      { url: `${BASE}/entries/a/__next.entries.$d$slug.__PAGE__.txt`, contentType: 'text/plain', gzBytes: 60_000 },
      { url: `${BASE}/entries/b/__next._tree.txt`, contentType: 'text/plain', gzBytes: 50_000 },
      { url: `${BASE}/icon.svg`, contentType: 'image/svg+xml', gzBytes: 500 },
    ]);
    expect(entity.prefetch).toEqual({ bytes: 110_000, requests: 2 });
    expect(entity.bytes.other).toBe(111_500);
    const results = checkPrefetch([entity, pageWeight('about', '/about/', [])]);
    expect(results.map((r) => r.holds)).toEqual([false, true]);
    expect(prefetchLines(results)).toEqual([
      'OVER: entity (company) prefetches 107.4 KB of route payloads gzipped in 2 files (budget 100.0 KB)',
      'holds: about prefetches 0.0 KB of route payloads gzipped in 0 files (budget 100.0 KB)',
    ]);
  });
});
