/**
 * How complete the record is, in numbers readers can check: entries by kind and year, by country
 * (or union) and by US state. A place counts an entry when the entry applies there or to any place
 * inside it, so Boston's ban counts for Massachusetts and for the United States.
 */
import type { Collection } from '../content/collection';
import { KINDS, type Kind } from '../content/vocab';
import { withAncestors } from '../content/places';

export interface YearRow {
  year: string;
  counts: Record<Kind, number>;
  total: number;
}

export interface PlaceCount {
  slug: string;
  name: string;
  url: string;
  count: number;
}

export interface Coverage {
  total: number;
  byYear: YearRow[];
  byKind: Record<Kind, number>;
  /** Countries and unions, most entries first. */
  countries: PlaceCount[];
  /** US states, most entries first; a state with no entry is listed with 0. */
  usStates: PlaceCount[];
  /** Entries that name no place at all. */
  withoutPlace: number;
}

const zeroCounts = (): Record<Kind, number> => Object.fromEntries(KINDS.values.map((kind) => [kind, 0])) as Record<Kind, number>;

export function coverageOf(collection: Collection): Coverage {
  const years = new Map<string, YearRow>();
  const byKind = zeroCounts();
  const perPlace = new Map<string, number>();
  let withoutPlace = 0;
  const parentOf = (slug: string) => collection.getEntity(slug)?.parent;

  for (const entry of collection.entries) {
    const year = entry.date.slice(0, 4);
    const row = years.get(year) ?? { year, counts: zeroCounts(), total: 0 };
    row.counts[entry.kind] += 1;
    row.total += 1;
    years.set(year, row);
    byKind[entry.kind] += 1;
    const places = withAncestors(entry.jurisdictions ?? [], parentOf);
    if (places.length === 0) withoutPlace += 1;
    for (const slug of places) perPlace.set(slug, (perPlace.get(slug) ?? 0) + 1);
  }

  const place = (slug: string): PlaceCount => {
    const entity = collection.getEntity(slug);
    return { slug, name: entity?.name ?? slug, url: entity?.url ?? `/entities/${slug}/`, count: perPlace.get(slug) ?? 0 };
  };
  const byCount = (a: PlaceCount, b: PlaceCount) => b.count - a.count || a.name.localeCompare(b.name);
  const jurisdictions = collection.entities.filter((entity) => entity.category === 'jurisdiction');

  return {
    total: collection.entries.length,
    byYear: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)),
    byKind,
    countries: jurisdictions
      .filter((entity) => entity.level === 'country' || entity.level === 'supranational')
      .map((entity) => place(entity.slug))
      .filter((row) => row.count > 0)
      .sort(byCount),
    usStates: jurisdictions
      .filter((entity) => entity.level === 'state' && entity.parent === 'united-states')
      .map((entity) => place(entity.slug))
      .sort(byCount),
    withoutPlace,
  };
}
