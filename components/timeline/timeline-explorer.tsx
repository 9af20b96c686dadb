'use client';

import { useCallback, useMemo } from 'react';
import { emptyFilters, hasFilters, matchesFilters } from '@/lib/filters/filter-model';
import type { TimelineItem } from '@/lib/timeline/items';
import { TimelineFilters, type FilterOptions } from './timeline-filters';
import { TimelineList } from './timeline-list';
import { TimelineOverview, type Lane } from './timeline-overview';
import { useUrlFilters } from './use-url-filters';

/** The interactive timeline: filters in the URL, the overview and the list, all in step. */
export function TimelineExplorer({ items, options }: { items: readonly TimelineItem[]; options: FilterOptions }) {
  const { filters, ignored, update } = useUrlFilters();
  const shown = useMemo(() => items.filter((item) => matchesFilters(item, filters)), [items, filters]);

  // One lane per chosen actor when actors are chosen; otherwise one per kind.
  const lanes: Lane[] = useMemo(
    () =>
      filters.actor.length > 0
        ? filters.actor.map((slug) => ({ key: slug, label: options.actor.find((o) => o.value === slug)?.label ?? slug }))
        : options.kind.map((o) => ({ key: o.value, label: o.label })),
    [filters.actor, options],
  );
  const laneOf = useCallback(
    (item: TimelineItem) => (filters.actor.length > 0 ? item.actors.filter((a) => filters.actor.includes(a)) : [item.kind]),
    [filters.actor],
  );

  return (
    <>
      <TimelineFilters filters={filters} options={options} onChange={update} />
      <p className="mt-4 text-sm" role="status" aria-live="polite">
        <span data-testid="match-count">
          {hasFilters(filters) ? `${shown.length} of ${items.length} entries match` : `All ${items.length} entries`}
        </span>
        {hasFilters(filters) ? (
          <>
            {' · '}
            <button type="button" className="text-accent-700 underline dark:text-accent-300" onClick={() => update(emptyFilters())}>
              Clear filters
            </button>
          </>
        ) : null}
      </p>
      {ignored.length > 0 ? (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">Ignored in the address: {ignored.join('; ')}.</p>
      ) : null}
      <TimelineOverview items={shown} lanes={lanes} laneOf={laneOf} />
      {shown.length === 0 ? <p className="mt-6">No entries match these filters.</p> : <TimelineList items={shown} />}
    </>
  );
}
