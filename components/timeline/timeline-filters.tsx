import { memo } from 'react';
import { DATE_FILTER_SPECS, LIST_FILTER_SPECS, periodBound, type Filters } from '@/lib/filters/filter-model';
import type { TimelineOptions as FilterOptions } from '@/lib/timeline/options';

export type { TimelineOptions as FilterOptions } from '@/lib/timeline/options';

/** Kinds are checkboxes; every other list filter of the model is a select. */
const [KIND, ...SELECTS] = LIST_FILTER_SPECS;

const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/**
 * The filter controls; every change goes straight to the URL through `onChange`. Drawn again only
 * when the filters change (memo): the explorer redraws as matches load, and the choices are many.
 */
export const TimelineFilters = memo(function TimelineFilters({ filters, options, onChange }: { filters: Filters; options: FilterOptions; onChange: (next: Filters) => void }) {
  const toggleKind = (kind: string, on: boolean) =>
    onChange({ ...filters, kind: on ? [...filters.kind, kind] : filters.kind.filter((value) => value !== kind) });
  /** `YYYY-MM` for a month input, from a period that may be a year or a day. */
  const monthValue = (period: string | undefined, edge: 'start' | 'end') => (period ? (periodBound(period, edge)?.slice(0, 7) ?? '') : '');

  return (
    <form aria-label="Filter the timeline" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="text-sm font-medium">{KIND.label}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {options.kind.map((option) => (
            <label key={option.value} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={filters.kind.includes(option.value)} onChange={(event) => toggleKind(option.value, event.target.checked)} />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {SELECTS.map(({ key, label }) => (
          <div key={key} className="text-sm font-medium">
            <label htmlFor={`filter-${key}`}>{label}</label>
            <select
              id={`filter-${key}`}
              className={field}
              name={key}
              value={filters[key][0] ?? ''}
              onChange={(event) => onChange({ ...filters, [key]: event.target.value ? [event.target.value] : [] })}
            >
              <option value="">Any</option>
              {options[key].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {DATE_FILTER_SPECS.map(({ key, label }) => (
          <label key={key} className="text-sm font-medium">
            {label}
            <input
              type="month"
              name={key}
              className={field}
              value={monthValue(filters[key], key === 'from' ? 'start' : 'end')}
              onChange={(event) => onChange({ ...filters, [key]: event.target.value || undefined })}
            />
          </label>
        ))}
      </div>
    </form>
  );
});
