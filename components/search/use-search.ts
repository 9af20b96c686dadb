import { useCallback, useRef, useState } from 'react';
import type { SearchEngine, SearchOptions, SearchResponse } from '@/lib/search/engine';
import { fetchSearchFile } from '@/lib/search/fetch-cache';
import { FIRST_FIELDS } from '@/lib/search/fields';
import { SITE_ADDRESS } from '@/lib/site-config';

/** The engine, its code (flexsearch included) and its index all load on first use, not with the page. */
export async function loadEngine(): Promise<SearchEngine> {
  const { browserSearchEngine } = await import('@/lib/search/browser-engine');
  return browserSearchEngine(SITE_ADDRESS.basePath);
}

const LOAD_ERROR = 'Search could not load; please reload the page.';

/**
 * Runs searches against the lazily opened engine: first on the short fields (fast, small
 * fetches), then again with the body text. One search runs at a time; keys typed meanwhile
 * collapse into the latest query, so half-typed words fetch nothing of their own.
 */
export function useSearch() {
  const [response, setResponse] = useState<SearchResponse | undefined>(undefined);
  /** The query `response` answers, which can trail what is in the box while keys are typed. */
  const [answered, setAnswered] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const latest = useRef(0);
  const busy = useRef(false);
  const waiting = useRef<{ query: string; options: SearchOptions; ticket: number } | undefined>(undefined);

  const warmUp = useCallback(() => {
    // meta.json and the engine's code load side by side.
    fetchSearchFile(SITE_ADDRESS.basePath, 'meta.json').catch(() => undefined);
    loadEngine().catch(() => setError(LOAD_ERROR));
  }, []);

  const run = useCallback(async (query: string, options: SearchOptions = {}) => {
    waiting.current = { query, options, ticket: ++latest.current };
    if (busy.current) return;
    busy.current = true;
    try {
      while (waiting.current) {
        const job = waiting.current;
        waiting.current = undefined;
        const engine = await loadEngine();
        // Keys typed while the engine loaded make this query stale: search only the latest.
        if (waiting.current) continue;
        // Match first; put the first results in order and fetch their titles only if no newer
        // query has arrived meanwhile.
        const matched = await engine.search(job.query, { ...job.options, fields: FIRST_FIELDS, show: 0 });
        if (job.ticket !== latest.current) continue;
        const first = await engine.more(matched, job.options.show ?? 10);
        if (job.ticket !== latest.current) continue;
        setResponse(first);
        setAnswered(job.query);
        setError(undefined);
        const full = await engine.search(job.query, job.options);
        if (job.ticket === latest.current) setResponse(full);
      }
    } catch {
      setError(LOAD_ERROR);
    } finally {
      busy.current = false;
    }
  }, []);

  const clear = useCallback(() => {
    latest.current++;
    waiting.current = undefined;
    setResponse(undefined);
  }, []);

  return { response, answered, error, run, warmUp, clear };
}
