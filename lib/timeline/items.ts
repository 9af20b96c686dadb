/** The year → month grouping the timeline's lists are drawn in. */
export interface MonthGroup<T> {
  /** `YYYY-MM` */
  month: string;
  items: T[];
}
export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

/** Items (already in date order) grouped by year, then month. */
export function groupByYearMonth<T extends { date: string }>(items: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    const month = item.date.slice(0, 7);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) yearGroup.months.push((monthGroup = { month, items: [] }));
    monthGroup.items.push(item);
  }
  return years;
}
