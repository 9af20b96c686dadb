/** Where an open-data field can be filtered on the site, for the field notes on /data/. */
import { LIST_FILTER_SPECS } from './filter-model';

/** "Filter: `?kind=` on the timeline, `kind:` in search." for a filterable entry field, else undefined. */
export function filterNote(field: string): string | undefined {
  const filter = LIST_FILTER_SPECS.find((spec) => spec.field === field);
  if (!filter) return undefined;
  const example = filter.example;
  return `Filter: \`/timeline/?${filter.key}=${example}\` on the timeline, \`${filter.searchKeys[0]}:${example}\` in search.`;
}
