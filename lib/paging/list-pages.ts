/**
 * Long lists cut into numbered pages of a fixed size, so a page's HTML stops growing with the
 * record: page 1 lives at the list's own address, page n at `<address>page/<n>/`.
 */

/** Entries per page of an entity's list. */
export const ENTITY_PAGE_SIZE = 50;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the whole list makes (at least 1, even for an empty list). */
  count: number;
  /** The items on this page, in the list's order. */
  items: T[];
  /** 1-based positions of the first and last item on this page in the whole list (0 and 0 when empty). */
  from: number;
  to: number;
  total: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` of `items`, or undefined when the list has no such page. */
export function listPage<T>(items: readonly T[], number: number, size: number): ListPage<T> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  const start = (number - 1) * size;
  const onPage = items.slice(start, start + size);
  return { number, count, items: onPage, from: onPage.length ? start + 1 : 0, to: start + onPage.length, total: items.length };
}

/** The address of page `number` of a list whose first page is at `basePath` (ending in `/`). */
export function pagePath(basePath: string, number: number): string {
  return number === 1 ? basePath : `${basePath}page/${number}/`;
}

/** The numbers of the pages after the first: those that need pages of their own. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/** The page number a 0-based position in the list falls on. */
export function pageOfPosition(position: number, size: number): number {
  return Math.floor(position / size) + 1;
}

export interface YearOnPages {
  year: string;
  /** How many items of the list fall in the year. */
  count: number;
  /** The page holding the year's first item. */
  page: number;
}

/** For a list in date order (`YYYY-MM-DD` dates), each year with its count and the page where it starts. */
export function yearsOnPages(dates: readonly string[], size: number): YearOnPages[] {
  const years: YearOnPages[] = [];
  dates.forEach((date, position) => {
    const year = date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.count += 1;
    else years.push({ year, count: 1, page: pageOfPosition(position, size) });
  });
  return years;
}

/** The id of the list item where a year's entries start on a page of a list. */
export const yearAnchor = (year: string): string => `entries-${year}`;

/**
 * The path segments after a list's address for page `number` (`[]` for page 1, `['page', '3']`),
 * as an optional catch-all route (`[[...page]]`) takes them: one route then serves the first
 * page and the later ones, so a static export always has at least one page to build for it.
 */
export function pageSegments(number: number): string[] {
  return number === 1 ? [] : ['page', String(number)];
}

/** The page number those segments name, or undefined when they name no page (`page/1`, `page/x`). */
export function pageNumberOf(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [word, number, ...rest] = segments;
  if (word !== 'page' || rest.length > 0 || !/^[1-9]\d*$/.test(number ?? '')) return undefined;
  const value = Number(number);
  return value >= 2 ? value : undefined;
}
