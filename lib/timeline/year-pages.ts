/**
 * The timeline's year pages: one page per year (`/timeline/2020/`), and when a year holds more
 * entries than one page should carry, further pages (`/timeline/2020/2/`), so no page's HTML
 * grows with the whole record.
 */

/**
 * Entries on one year page. At 10,000 generated entries the fullest year holds about 1,100; a
 * row weighs about 0.4 KB gzipped in the HTML (its markup and React's copy of it), so 200 rows
 * keep a page near 100 KB, under the 150 KB budget (README, "Scale").
 */
export const YEAR_PAGE_SIZE = 200;

export interface YearPage<T> {
  year: string;
  /** 1 for the year's first page. */
  page: number;
  /** How many pages the year has. */
  pages: number;
  items: T[];
}

/** Items (already in date order) cut into year pages. */
export function yearPages<T extends { date: string }>(items: readonly T[], size: number = YEAR_PAGE_SIZE): YearPage<T>[] {
  const byYear = new Map<string, T[]>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  return [...byYear].flatMap(([year, all]) => {
    const pages = Math.ceil(all.length / size);
    return Array.from({ length: pages }, (_, i) => ({ year, page: i + 1, pages, items: all.slice(i * size, (i + 1) * size) }));
  });
}

/** `/timeline/2020/`, `/timeline/2020/2/`, with the filters' query string when there is one. */
export function yearPagePath(year: string | number, page = 1, query = ''): string {
  return `/timeline/${year}/${page > 1 ? `${page}/` : ''}${query ? `?${query}` : ''}`;
}

/** Every year from the first to the last the items have, as numbers, so an axis has no gaps. */
export function yearSpan(items: readonly { date: string }[]): number[] {
  const years = items.map((item) => Number(item.date.slice(0, 4)));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}
