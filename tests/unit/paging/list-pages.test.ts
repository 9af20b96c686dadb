/** Long lists cut into pages: which items a page holds, its address, and where each year starts. */
import { describe, expect, it } from 'vitest';
import { laterPages, listPage, pageCount, pageNumberOf, pagePath, pageSegments, yearsOnPages } from '@/lib/paging/list-pages';

const items = Array.from({ length: 120 }, (_, index) => index + 1);

describe('list pages', () => {
  it('cuts 120 items into pages of 50, 50 and 20, with their positions', () => {
    expect(pageCount(120, 50)).toBe(3);
    expect(listPage(items, 1, 50)).toMatchObject({ number: 1, count: 3, from: 1, to: 50, total: 120 });
    const last = listPage(items, 3, 50)!;
    expect(last.items).toEqual(items.slice(100));
    expect([last.from, last.to]).toEqual([101, 120]);
    expect(laterPages(120, 50)).toEqual([2, 3]);
  });

  it('gives an empty or short list one page and no later pages', () => {
    expect(listPage([], 1, 50)).toMatchObject({ number: 1, count: 1, items: [], from: 0, to: 0 });
    expect(laterPages(50, 50)).toEqual([]);
    expect(laterPages(51, 50)).toEqual([2]);
  });

  it('has no page 0, no page past the end and no page 1.5', () => {
    for (const number of [0, 4, 1.5, Number.NaN]) expect(listPage(items, number, 50), String(number)).toBeUndefined();
  });

  it('puts page 1 at the list address and page n under page/n/', () => {
    expect(pagePath('/entities/united-states/', 1)).toBe('/entities/united-states/');
    expect(pagePath('/entities/united-states/', 3)).toBe('/entities/united-states/page/3/');
  });

  it('says for each year how many items it has and on which page it starts', () => {
    const dates = ['2019-01-01', '2019-05-01', '2020-02-02', '2020-03-03', '2020-04-04', '2021-01-01'];
    expect(yearsOnPages(dates, 2)).toEqual([
      { year: '2019', count: 2, page: 1 },
      { year: '2020', count: 3, page: 2 },
      { year: '2021', count: 1, page: 3 },
    ]);
  });
});

describe('page segments of an optional catch-all route', () => {
  it('reads page 1 from no segments and page n from page/n, and nothing else', () => {
    expect(pageSegments(1)).toEqual([]);
    expect(pageSegments(3)).toEqual(['page', '3']);
    expect(pageNumberOf(undefined)).toBe(1);
    expect(pageNumberOf([])).toBe(1);
    expect(pageNumberOf(['page', '3'])).toBe(3);
    for (const segments of [['page', '1'], ['page', '03'], ['page', 'x'], ['page'], ['pages', '2'], ['page', '2', 'extra']]) {
      expect(pageNumberOf(segments), segments.join('/')).toBeUndefined();
    }
  });
});
