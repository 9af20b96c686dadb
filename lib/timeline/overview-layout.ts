/**
 * Places the timeline overview's marks: years along x, one lane per kind (or per chosen actor),
 * marks that would touch stacked in rows inside their lane so hundreds of entries stay apart.
 */

export interface OverviewInput {
  slug: string;
  date: string;
  /** The lane keys this item belongs to (an entry with two chosen actors shows in both lanes). */
  lanes: readonly string[];
  related: readonly string[];
}

export interface OverviewLayout {
  width: number;
  height: number;
  years: { year: number; x: number }[];
  lanes: { key: string; y: number; height: number }[];
  marks: { slug: string; lane: string; x: number; y: number }[];
  links: { from: { x: number; y: number }; to: { x: number; y: number } }[];
}

export const OVERVIEW = { width: 1000, left: 120, right: 16, top: 28, radius: 5, rowGap: 13, lanePadding: 10 } as const;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export function layoutOverview(items: readonly OverviewInput[], laneKeys: readonly string[]): OverviewLayout {
  const { width, left, right, top, radius, rowGap, lanePadding } = OVERVIEW;
  const years = items.map((item) => Number(item.date.slice(0, 4)));
  const firstYear = years.length > 0 ? Math.min(...years) : new Date().getUTCFullYear();
  const lastYear = years.length > 0 ? Math.max(...years) : firstYear;
  const start = dayNumber(`${firstYear}-01-01`);
  const end = dayNumber(`${lastYear + 1}-01-01`);
  const x = (date: string) => left + ((dayNumber(date) - start) / (end - start)) * (width - left - right);

  const marks: OverviewLayout['marks'] = [];
  const lanes: OverviewLayout['lanes'] = [];
  let y = top;
  for (const key of laneKeys) {
    const inLane = items.filter((item) => item.lanes.includes(key)).sort((a, b) => a.date.localeCompare(b.date));
    // Greedy rows: each mark goes in the first row whose last mark it does not touch.
    const rowEnds: number[] = [];
    const placed = inLane.map((item) => {
      const mx = x(item.date);
      let row = rowEnds.findIndex((endX) => mx - endX >= radius * 2 + 1);
      if (row === -1) row = rowEnds.push(mx) - 1;
      else rowEnds[row] = mx;
      return { slug: item.slug, lane: key, x: mx, row };
    });
    const height = Math.max(1, rowEnds.length) * rowGap + lanePadding * 2;
    for (const mark of placed) marks.push({ slug: mark.slug, lane: mark.lane, x: mark.x, y: y + lanePadding + rowGap / 2 + mark.row * rowGap });
    lanes.push({ key, y, height });
    y += height;
  }

  const bySlug = new Map(marks.map((mark) => [mark.slug, mark]));
  const links = items.flatMap((item) =>
    item.related.flatMap((target) => {
      const from = bySlug.get(item.slug);
      const to = bySlug.get(target);
      return from && to ? [{ from: { x: from.x, y: from.y }, to: { x: to.x, y: to.y } }] : [];
    }),
  );

  return {
    width,
    height: y + 8,
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, x: x(`${firstYear + i}-01-01`) })),
    lanes,
    marks,
    links,
  };
}
