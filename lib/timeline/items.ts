/**
 * The compact, serialisable form of an entry that the timeline page hands to the browser, and
 * the year → month grouping the list is drawn in.
 */
import type { Collection } from '../content/collection';
import type { Entry } from '../content/model';
import type { DatePrecision, Kind, Relation } from '../content/vocab';
import type { Filterable } from '../filters/filter-model';
import { entryFacts } from '../filters/entry-facts';

export interface TimelineItem extends Filterable {
  slug: string;
  url: string;
  title: string;
  summary: string;
  date: string;
  datePrecision: DatePrecision;
  kind: Kind;
  /** Actor names, in the entry's order, for display. */
  actorNames: string[];
  related: { slug: string; rel: Relation }[];
}

export function toTimelineItem(collection: Collection, entry: Entry): TimelineItem {
  const parentOf = (slug: string) => collection.getEntity(slug)?.parent;
  return {
    slug: entry.slug,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    ...entryFacts(entry, parentOf),
    datePrecision: entry.datePrecision,
    kind: entry.kind,
    actorNames: entry.actors.map((slug) => collection.getEntity(slug)?.name ?? slug),
    related: (entry.related ?? []).map((link) => ({ slug: link.entry, rel: link.rel })),
  };
}

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
