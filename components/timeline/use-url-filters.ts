'use client';

import { useCallback, useEffect, useState } from 'react';
import { emptyFilters, type Filters } from '@/lib/filters/filter-model';
import { parseFilters, serializeFilters } from '@/lib/filters/url-filters';

/**
 * Filters kept in the address bar. The first render uses no filters, so the static HTML (and a
 * reader without JavaScript) gets the full list; the URL's filters apply right after.
 */
export function useUrlFilters() {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [ignored, setIgnored] = useState<string[]>([]);

  useEffect(() => {
    const read = () => {
      const parsed = parseFilters(window.location.search);
      setFilters(parsed.filters);
      setIgnored(parsed.ignored);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const update = useCallback((next: Filters) => {
    setFilters(next);
    setIgnored([]);
    const query = serializeFilters(next);
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }, []);

  return { filters, ignored, update };
}
