import { DATE_FILTER_SPECS, LIST_FILTER_SPECS, periodBound, type Filters } from '@/lib/filters/filter-model';
import type { TimelineOptions as FilterOptions } from '@/lib/timeline/options';
import { CHOICES_ATTRIBUTE, type LazyChoices } from './lazy-options';

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

/** A select's choices as the JSON its `data-options` holds. */
const choicesJson = (options: FilterOptions[keyof FilterOptions]) => JSON.stringify(options.map(({ value, label }): LazyChoices[number] => [value, label]));

/**
 * The filter controls, as plain HTML outside the island: its hundreds of choices are neither in
 * the island's props nor hydrated. The explorer island listens to the form and keeps it in step
 * with the address (use-filter-form.ts). A select's choices are JSON in the page, which the
 * island turns into options when a reader is about to use the select (lazy-options.ts):
 * hundreds of `<option>`s would be parsed and styled as the page is first drawn. Without
 * JavaScript the page cannot filter (the matching runs in the browser); the selects offer "Any".
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
        {SELECTS.map(({ key, label }) => {
          const chosen = options[key].find((option) => option.value === filters[key][0]);
          return (
            <div key={key} className="text-sm font-medium">
              <label htmlFor={`filter-${key}`}>{label}</label>
              <select id={`filter-${key}`} className={field} name={key} defaultValue={chosen?.value ?? ''} {...{ [CHOICES_ATTRIBUTE]: choicesJson(options[key]) }}>
                <option value="">Any</option>
                {chosen ? <option value={chosen.value}>{chosen.label}</option> : null}
              </select>
            </div>
          );
        })}
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
