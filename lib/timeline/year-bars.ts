/**
 * The timeline overview: one bar per year, as tall as the year's entries (or the entries that
 * match the filters), cut into one segment per kind. Drawn at the width it shows at (one unit a
 * pixel), so year names keep their size on a phone; on a narrow chart only every second, fifth or
 * tenth year is named.
 */

export interface YearCount {
  year: number;
  /** Entries of each kind in that year. */
  byKind: Readonly<Record<string, number>>;
}

export interface YearBar {
  year: number;
  count: number;
  x: number;
  width: number;
  /** Whether the year's name is written under the bar. */
  labelled: boolean;
  segments: { kind: string; y: number; height: number }[];
}

export interface BarsLayout {
  width: number;
  height: number;
  /** Where the bars stand; year names go below. */
  baseline: number;
  bars: YearBar[];
}

export const BARS = { width: 1000, height: 160, top: 8, bottom: 22, side: 4, gap: 0.2 } as const;
/** The room a year's name needs, at the chart's 11 px type. */
const YEAR_LABEL_ROOM = 34;

/** Counts by year and kind, for every year in `years` (a year without entries counts 0). */
export function countByYear(items: readonly { date: string; kind: string }[], years: readonly number[]): YearCount[] {
  const counts = new Map(years.map((year) => [year, {} as Record<string, number>]));
  for (const item of items) {
    const byKind = counts.get(Number(item.date.slice(0, 4)));
    if (byKind) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  }
  return [...counts].map(([year, byKind]) => ({ year, byKind }));
}

/** Bars for `counts`, kinds stacked in `kinds` order from the bottom, at `width` pixels. */
export function layoutBars(counts: readonly YearCount[], kinds: readonly string[], width: number = BARS.width): BarsLayout {
  const { height, top, bottom, side, gap } = BARS;
  const baseline = height - bottom;
  const totals = counts.map((count) => kinds.reduce((sum, kind) => sum + (count.byKind[kind] ?? 0), 0));
  const most = Math.max(1, ...totals);
  const slot = (width - side * 2) / Math.max(1, counts.length);
  const step = [1, 2, 5, 10].find((n) => slot * n >= YEAR_LABEL_ROOM) ?? 10;
  const bars = counts.map((count, i): YearBar => {
    let y = baseline;
    const segments = kinds.flatMap((kind) => {
      const n = count.byKind[kind] ?? 0;
      if (n === 0) return [];
      const segmentHeight = (n / most) * (baseline - top);
      y -= segmentHeight;
      return [{ kind, y, height: segmentHeight }];
    });
    return { year: count.year, count: totals[i]!, x: side + i * slot + (slot * gap) / 2, width: slot * (1 - gap), labelled: count.year % step === 0, segments };
  });
  return { width, height, baseline, bars };
}
