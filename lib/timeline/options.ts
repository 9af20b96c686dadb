/** The choices the timeline's filter controls offer: only values some entry has (every kind). */
import type { Collection } from '../content/collection';
import { LIST_FILTER_SPECS, type Filterable, type ListFilter } from '../filters/filter-model';

export interface Option {
  value: string;
  label: string;
}

export type TimelineOptions = Record<ListFilter, Option[]>;

export function timelineOptions(collection: Collection, items: readonly Filterable[]): TimelineOptions {
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
  const options = LIST_FILTER_SPECS.map((filter): [ListFilter, Option[]] => {
    const used = new Set(items.flatMap((item) => filter.valuesOf(item)));
    const { source } = filter;
    switch (source.type) {
      case 'closed':
        // Kinds are few and always offered; other vocabularies only where an entry uses them.
        return [filter.key, source.values.filter((value) => filter.key === 'kind' || used.has(value)).map((value) => ({ value, label: source.label(value) }))];
      case 'entity':
      case 'place':
        return [filter.key, [...used].map((slug) => ({ value: slug, label: collection.getEntity(slug)?.name ?? slug })).sort(byLabel)];
      case 'topic':
        return [filter.key, [...used].map((slug) => ({ value: slug, label: collection.getTopic(slug)?.label ?? slug })).sort(byLabel)];
    }
  });
  return Object.fromEntries(options) as TimelineOptions;
}
