/** An entry's facts in the form the filter model tests, for the timeline and the search index alike. */
import type { Entry } from '../content/model';
import { withAncestors } from '../content/places';
import type { Filterable } from './filter-model';

/** `parentOf` gives a place's containing place, so a filter on a country finds its cities' entries. */
export function entryFacts(entry: Entry, parentOf: (slug: string) => string | undefined): Filterable {
  return {
    date: entry.date,
    kind: entry.kind,
    actors: entry.actors,
    places: withAncestors(entry.jurisdictions ?? [], parentOf),
    topics: entry.topics ?? [],
    status: entry.status,
    scope: entry.scope ?? [],
    measure: entry.measure ?? [],
  };
}
