/**
 * Places the timeline overview's marks: years along x, one lane per kind (or per chosen actor),
 * marks that would touch stacked in rows inside their lane so hundreds of entries stay apart.
 * The layout is drawn at the width it will show at (one unit a pixel), so its words keep their
 * size on a phone: below `NARROW` a lane's name goes above the lane instead of beside it, and
 * only every second, fifth or tenth year is named so the names do not collide.
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
  /** `labelled`: whether the year's name is written (on a narrow chart, not every year's is). */
  years: { year: number; x: number; labelled: boolean }[];
  /** `labelX`, `labelY`: where the lane's name is written. */
  lanes: { key: string; y: number; height: number; labelX: number; labelY: number }[];
  marks: { slug: string; lane: string; x: number; y: number }[];
  links: { from: { x: number; y: number }; to: { x: number; y: number } }[];
}

export const OVERVIEW = { width: 1000, left: 120, right: 16, top: 28, radius: 5, rowGap: 13, lanePadding: 10 } as const;
/** Below this width lane names sit above their lanes and the marks use the whole width. */
export const NARROW = 600;
/** The room a year's name needs, at the chart's 11 px type. */
const YEAR_LABEL_ROOM = 34;
/** The height of the line holding a lane's name on a narrow chart. */
const LANE_LABEL_HEIGHT = 16;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export function layoutOverview(items: readonly OverviewInput[], laneKeys: readonly string[], width: number = OVERVIEW.width): OverviewLayout {
  const { right, top, radius, rowGap, lanePadding } = OVERVIEW;
  const narrow = width < NARROW;
  const left = narrow ? 8 : OVERVIEW.left;
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
    const labelRoom = narrow ? LANE_LABEL_HEIGHT : 0;
    const height = labelRoom + Math.max(1, rowEnds.length) * rowGap + lanePadding * 2;
    for (const mark of placed) marks.push({ slug: mark.slug, lane: mark.lane, x: mark.x, y: y + labelRoom + lanePadding + rowGap / 2 + mark.row * rowGap });
    lanes.push({ key, y, height, labelX: 6, labelY: narrow ? y + 14 : y + 18 });
    y += height;
  }

  // Name every year when there is room, else every 2nd, 5th or 10th (round years, so they read).
  const yearWidth = (width - left - right) / (lastYear - firstYear + 1);
  const step = [1, 2, 5, 10].find((n) => yearWidth * n >= YEAR_LABEL_ROOM) ?? 10;

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
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, x: x(`${firstYear + i}-01-01`), labelled: (firstYear + i) % step === 0 })),
    lanes,
    marks,
    links,
  };
}
