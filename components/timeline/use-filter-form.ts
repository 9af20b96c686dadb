import { useEffect, useRef } from 'react';
import { DATE_FILTER_SPECS, LIST_FILTER_SPECS, type Filters, type ListFilter } from '@/lib/filters/filter-model';
import { serializeFilters } from '@/lib/filters/url-filters';
import { fillChoicesOnUse, showChoice } from './lazy-options';
import { monthValue } from './timeline-filters';

const LIST_KEYS: readonly string[] = LIST_FILTER_SPECS.map((spec) => spec.key);
const isListKey = (name: string): name is ListFilter => LIST_KEYS.includes(name);
const isDateKey = (name: string): name is 'from' | 'to' => DATE_FILTER_SPECS.some((spec) => spec.key === name);

/** The filters after one control of the form changed, the others kept as they are (a list may hold several values). */
function changedFilters(filters: Filters, control: HTMLInputElement | HTMLSelectElement): Filters {
  const { name, value } = control;
  if (control instanceof HTMLInputElement && control.type === 'checkbox' && isListKey(name)) {
    const rest = filters[name].filter((item) => item !== value);
    return { ...filters, [name]: control.checked ? [...rest, value] : rest };
  }
  if (isListKey(name)) return { ...filters, [name]: value ? [value] : [] };
  if (isDateKey(name)) return { ...filters, [name]: value || undefined };
  return filters;
}

/** Sets the form's controls to `filters`, touching only those that differ (so typing is not disturbed). */
function showFilters(form: HTMLFormElement, filters: Filters): void {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    const { name } = control;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (isListKey(name)) control.checked = filters[name].includes(control.value);
      continue;
    }
    const wanted = isListKey(name) ? (filters[name][0] ?? '') : isDateKey(name) ? monthValue(filters[name], name === 'from' ? 'start' : 'end') : control.value;
    // A select not yet filled in (lazy-options.ts) gets the chosen choice first.
    if (control instanceof HTMLSelectElement) showChoice(control, wanted);
    if (control.value !== wanted) control.value = wanted;
  }
}

/**
 * The timeline's filter form (components/timeline/timeline-filters.tsx) is plain HTML outside the
 * explorer island; this keeps it and the address in step: a change to a control goes to
 * `update`, and filters from the address (a reload, back, "Clear filters") show in the controls.
 * It also fills in the selects' choices, which the page holds as JSON (lazy-options.ts).
 */
export function useFilterForm(formId: string, filters: Filters, update: (next: Filters) => void): void {
  // The filters the form's next change applies to; kept in step after each render.
  const current = useRef(filters);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onChange = (event: Event) => {
      const control = event.target;
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
      const next = changedFilters(current.current, control);
      // A checkbox or month field says `input` and then `change` for one edit: one step in the
      // history. The ref moves at once, as the render that would move it comes later.
      if (serializeFilters(next) === serializeFilters(current.current)) return;
      current.current = next;
      update(next);
    };
    const onSubmit = (event: Event) => event.preventDefault();
    form.addEventListener('input', onChange);
    form.addEventListener('change', onChange);
    form.addEventListener('submit', onSubmit);
    const stopFilling = fillChoicesOnUse(form);
    return () => {
      stopFilling();
      form.removeEventListener('input', onChange);
      form.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
    };
  }, [formId, update]);

  useEffect(() => {
    current.current = filters;
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) showFilters(form, filters);
  }, [formId, filters]);
}
