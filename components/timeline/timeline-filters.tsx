import { DATE_FILTER_SPECS, LIST_FILTER_SPECS, periodBound, type Filters } from '@/lib/filters/filter-model';
import type { TimelineOptions as FilterOptions } from '@/lib/timeline/options';

export type { TimelineOptions as FilterOptions } from '@/lib/timeline/options';

/** Kinds are checkboxes; every other list filter of the model is a select. */
const [KIND, ...SELECTS] = LIST_FILTER_SPECS;

const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/** The filter form's element id: the explorer island (use-filter-form.ts) reads and sets its controls. */
export const FILTER_FORM_ID = 'timeline-filters';

/** `YYYY-MM` for a month input, from a period that may be a year or a day. */
export function monthValue(period: string | undefined, edge: 'start' | 'end'): string {
  return period ? (periodBound(period, edge)?.slice(0, 7) ?? '') : '';
}

/**
 * The filter controls, as plain HTML outside the island: its hundreds of choices are neither in
 * the island's props nor hydrated. The explorer island listens to the form and keeps it in step
 * with the address (use-filter-form.ts). Without JavaScript it is a GET form to the same page.
 */
export function TimelineFilters({ filters, options }: { filters: Filters; options: FilterOptions }) {
  return (
    <form id={FILTER_FORM_ID} aria-label="Filter the timeline" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <fieldset>
        <legend className="text-sm font-medium">{KIND.label}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {options.kind.map((option) => (
            <label key={option.value} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name={KIND.key} value={option.value} defaultChecked={filters.kind.includes(option.value)} />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {SELECTS.map(({ key, label }) => (
          <div key={key} className="text-sm font-medium">
            <label htmlFor={`filter-${key}`}>{label}</label>
            <select id={`filter-${key}`} className={field} name={key} defaultValue={filters[key][0] ?? ''}>
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
            <input type="month" name={key} className={field} defaultValue={monthValue(filters[key], key === 'from' ? 'start' : 'end')} />
          </label>
        ))}
      </div>
    </form>
  );
}
