'use client';

import { useCallback, useRef, useState } from 'react';
import type { SearchEngine, SearchOptions, SearchResponse } from '@/lib/search/engine';
import { FIRST_FIELDS } from '@/lib/search/fields';
import { SITE_ADDRESS } from '@/lib/site-config';

/** The engine, its code (flexsearch included) and its index all load on first use, not with the page. */
export async function loadEngine(): Promise<SearchEngine> {
  const { browserSearchEngine } = await import('@/lib/search/browser-engine');
  return browserSearchEngine(SITE_ADDRESS.basePath);
}

/**
 * Runs searches against the lazily opened engine: first on the short fields (fast, small
 * fetches), then again with the body text, dropping answers to queries the reader has moved past.
 */
export function useSearch() {
  const [response, setResponse] = useState<SearchResponse | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const latest = useRef(0);

  const warmUp = useCallback(() => {
    loadEngine().catch(() => setError('Search could not load; please reload the page.'));
  }, []);

  const run = useCallback(async (query: string, options: SearchOptions = {}) => {
    const ticket = ++latest.current;
    try {
      const engine = await loadEngine();
      const first = await engine.search(query, { ...options, fields: FIRST_FIELDS });
      if (ticket !== latest.current) return;
      setResponse(first);
      setError(undefined);
      const full = await engine.search(query, options);
      if (ticket === latest.current) setResponse(full);
    } catch {
      if (ticket === latest.current) setError('Search could not load; please reload the page.');
    }
  }, []);

  const clear = useCallback(() => {
    latest.current++;
    setResponse(undefined);
  }, []);

  return { response, error, run, warmUp, clear };
}
