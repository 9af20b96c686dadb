import { describe, expect, it } from 'vitest';
import { countByYear, layoutBars } from '@/lib/timeline/year-bars';
import { yearPagePath, yearPages, yearSpan } from '@/lib/timeline/year-pages';

const dated = (...dates: string[]) => dates.map((date, i) => ({ date, n: i }));

describe('year pages', () => {
  it('gives each year its own page, in date order', () => {
    const pages = yearPages(dated('2019-03-01', '2020-01-05', '2020-12-31', '2022-06-01'));
    expect(pages.map(({ year, page, pages: count, items }) => [year, page, count, items.map((item) => item.n)])).toEqual([
      ['2019', 1, 1, [0]],
      ['2020', 1, 1, [1, 2]],
      ['2022', 1, 1, [3]],
    ]);
  });

  it('cuts a year with more entries than a page holds into pages, none longer than the page size', () => {
    const pages = yearPages(dated(...Array.from({ length: 5 }, () => '2020-06-01'), '2021-01-01'), 2);
    expect(pages.map(({ year, page, pages: count, items }) => [year, page, count, items.length])).toEqual([
      ['2020', 1, 3, 2],
      ['2020', 2, 3, 2],
      ['2020', 3, 3, 1],
      ['2021', 1, 1, 1],
    ]);
  });

  it('writes the first page as the year alone, later pages with their number, and keeps the filters', () => {
    expect(yearPagePath('2020')).toBe('/timeline/2020/');
    expect(yearPagePath(2020, 2)).toBe('/timeline/2020/2/');
    expect(yearPagePath('2020', 1, 'actor=amazon')).toBe('/timeline/2020/?actor=amazon');
  });

  it('spans every year from the first to the last, gaps included', () => {
    expect(yearSpan(dated('2012-01-01', '2009-05-05'))).toEqual([2009, 2010, 2011, 2012]);
    expect(yearSpan([])).toEqual([]);
  });
});

describe('overview bars', () => {
  const items = [
    { date: '2019-02-01', kind: 'legal' },
    { date: '2021-02-01', kind: 'legal' },
    { date: '2021-03-01', kind: 'legislation' },
    { date: '2021-04-01', kind: 'legislation' },
  ];

  it('counts entries by year and kind, with empty years in between', () => {
    expect(countByYear(items, [2019, 2020, 2021])).toEqual([
      { year: 2019, byKind: { legal: 1 } },
      { year: 2020, byKind: {} },
      { year: 2021, byKind: { legal: 1, legislation: 2 } },
    ]);
  });

  it('draws the fullest year tallest, kinds stacked, and no bar for an empty year', () => {
    const layout = layoutBars(countByYear(items, [2019, 2020, 2021]), ['legal', 'legislation']);
    const [y2019, y2020, y2021] = layout.bars;
    expect(y2021!.count).toBe(3);
    expect(y2020!.segments).toEqual([]);
    const height = (bar: typeof y2019) => bar!.segments.reduce((sum, s) => sum + s.height, 0);
    expect(height(y2021)).toBeCloseTo(3 * height(y2019));
    // Legal at the bottom, legislation on top of it.
    expect(y2021!.segments.map((s) => s.kind)).toEqual(['legal', 'legislation']);
    expect(y2021!.segments[1]!.y + y2021!.segments[1]!.height).toBeCloseTo(y2021!.segments[0]!.y);
    expect(y2019!.x).toBeLessThan(y2020!.x);
    expect(y2021!.x + y2021!.width).toBeLessThanOrEqual(layout.width);
  });

  it('names only every fifth or tenth year on a phone-wide chart of nineteen years', () => {
    const years = Array.from({ length: 19 }, (_, i) => 2008 + i);
    const wide = layoutBars(countByYear([], years), ['legal'], 1000);
    const narrow = layoutBars(countByYear([], years), ['legal'], 320);
    expect(wide.bars.every((bar) => bar.labelled)).toBe(true);
    expect(narrow.bars.filter((bar) => bar.labelled).map((bar) => bar.year)).toEqual([2010, 2015, 2020, 2025]);
  });
});
