import { useCallback, useEffect, useState } from 'react';
import { emptyFilters, type Filters } from '@/lib/filters/filter-model';
import { parseFilters, serializeFilters } from '@/lib/filters/url-filters';

/**
 * Said on `window` when a control changes the filters in the address: a page's other islands
 * (a year page's pager) read them again, as they do on the browser's back and forward (popstate).
 */
const FILTERS_CHANGED = 'timeline-filters-changed';

/**
 * Filters kept in the address bar. The first render uses no filters, so the static HTML (and a
 * reader without JavaScript) gets the full list; the URL's filters apply right after
 * (`addressRead` says they have).
 */
export function useUrlFilters() {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [addressRead, setAddressRead] = useState(false);

  useEffect(() => {
    const read = () => {
      setAddressRead(true);
      const parsed = parseFilters(window.location.search);
      // The same filters keep their object, so the controls (hundreds of choices) draw again only on a change.
      setFilters((current) => (serializeFilters(current) === serializeFilters(parsed.filters) ? current : parsed.filters));
      setIgnored((current) => (current.join('\n') === parsed.ignored.join('\n') ? current : parsed.ignored));
    };
    read();
    window.addEventListener('popstate', read);
    window.addEventListener(FILTERS_CHANGED, read);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener(FILTERS_CHANGED, read);
    };
  }, []);

  const update = useCallback((next: Filters) => {
    setFilters(next);
    setIgnored([]);
    const query = serializeFilters(next);
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    window.dispatchEvent(new Event(FILTERS_CHANGED));
  }, []);

  return { filters, ignored, update, addressRead };
}
