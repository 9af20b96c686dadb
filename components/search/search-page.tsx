import { SiteLink } from '../site-link';
import { Fragment, useEffect, useState } from 'react';
import { filterLabel } from '@/lib/filters/filter-model';
import { SEARCH_KEY_NAMES } from '@/lib/filters/typed-filters';
import type { Facet, SearchResponse } from '@/lib/search/engine';
import { parsePageParams, serializePageParams, type SearchPageParams } from '@/lib/search/page-params';
import { afterPaint } from '@/lib/sliced-work';
import { FIRST, PAGE, searchPageResults, wholePage } from './page-search';
import { ResultRow } from './result-row';
import { loadEngine } from './use-search';

/**
 * The full results page: the query, facets with counts, sort, and every result, all in the URL.
 * An island (components/islands/search-islands.ts): its first render, before the URL is read in
 * an effect, is the same at build time and in the browser.
 */
export function SearchPage() {
  const [params, setParams] = useState<SearchPageParams | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const [response, setResponse] = useState<SearchResponse | undefined>(undefined);
  const [shown, setShown] = useState(PAGE);
  /** Rows drawn so far: the first few at once, then a few more after each paint (DRAW_STEP). */
  const [drawn, setDrawn] = useState(FIRST);
  /** The facets' choices wait for the first rows' paint, the largest part of that first drawing. */
  const [choices, setChoices] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [refineOpen, setRefineOpen] = useState(false);

  useEffect(() => {
    const read = () => {
      const next = parsePageParams(window.location.search);
      setParams(next);
      setDraft(next.q);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  // New parameters start again at the first page of results (adjusted while rendering, as
  // React advises, rather than in an effect).
  const [shownFor, setShownFor] = useState(params);
  if (shownFor !== params) {
    setShownFor(params);
    setShown(PAGE);
    setDrawn(FIRST);
  }

  useEffect(() => {
    if (!params) return;
    let current = true;
    searchPageResults(params)
      .then((first) => {
        if (!current) return;
        setResponse(first);
        // The rest of the page's results, asked for once the first ones are on screen (their
        // files would otherwise share the network with those of the first) and drawn below them.
        // Two frames: the first one's paint can reach the screen after the next task has begun.
        return afterPaint(2)
          .then(() => (current ? wholePage(first) : undefined))
          .then((page) => {
            if (current && page) setResponse(page);
          });
      })
      .catch(() => current && setError('Search could not load; please reload the page.'));
    return () => {
      current = false;
    };
  }, [params]);

  // Rows that have arrived are drawn a few at a time, one group per frame, so no single task
  // builds and lays out a whole page of results on a slow phone.
  const arrived = response ? Math.min(shown, response.results.length) : 0;
  useEffect(() => {
    if (drawn >= arrived) return;
    let current = true;
    void afterPaint().then(() => current && setDrawn((count) => count + DRAW_STEP));
    return () => {
      current = false;
    };
  }, [drawn, arrived]);

  useEffect(() => {
    if (!response || choices) return;
    let current = true;
    void afterPaint().then(() => current && setChoices(true));
    return () => {
      current = false;
    };
  }, [response, choices]);

  function update(next: SearchPageParams) {
    setParams(next);
    window.history.pushState(null, '', `${window.location.pathname}?${serializePageParams(next)}`);
  }

  async function showMore() {
    if (!response) return;
    const engine = await loadEngine();
    // The next page is put in order only now, with its titles; a newer search meanwhile wins.
    const more = await engine.more(response, shown + PAGE);
    setResponse((current) => (current === response ? more : current));
    setShown(shown + PAGE);
  }

  const toggle = (key: 'kind' | 'actor' | 'year', value: string) => {
    if (!params) return;
    const has = params[key].includes(value);
    update({ ...params, [key]: has ? params[key].filter((v) => v !== value) : [...params[key], value] });
  };

  const terms = response?.words ?? [];
  // The first results are drawn while the rest of the page's are still on their way.
  const filling = !!response && (response.results.length < Math.min(shown, response.total) || drawn < arrived);
  const chosen = params ? params.kind.length + params.actor.length + params.year.length : 0;
  return (
    <>
      <form
        role="search"
        aria-label="Query"
        className="mt-4 flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: draft, kind: [], actor: [], year: [], sort: params?.sort ?? 'relevance' });
        }}
      >
        <label htmlFor="search-page-q" className="sr-only">
          Search
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder='Try "amazon", "company:microsoft", "June 2020", "bans in 2019"'
          className="flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <button type="submit" className="rounded-md bg-accent-700 px-4 py-2 text-white hover:bg-accent-600">
          Search
        </button>
      </form>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Filters:{' '}
        {SEARCH_KEY_NAMES.map((key) => (
          <Fragment key={key}>
            <code>{key}</code>{' '}
          </Fragment>
        ))}
        with dates like 2020, 2020-06 or 2020-06-10.
      </p>
      {/* The results arrive after the page has painted. Their space is held from the start, so the
          footer does not jump down when they appear (a layout shift Lighthouse measured at 0.19). */}
      <div className="min-h-screen" data-testid="search-output">
        {error ? <p className="mt-4 text-red-700 dark:text-red-300">{error}</p> : null}
        {response?.hints.map((hint) => (
          <p key={hint} className="mt-3 text-sm text-amber-800 dark:text-amber-300" data-testid="search-hint">
            {hint}
          </p>
        ))}

        {params && response && response.total + response.facets.kind.length > 0 ? (
          // On a phone the results come first and the refinements wait behind a button; from the
          // `md` width up they stand in a column beside the results, always open.
          // The second row takes what the refinements' column needs beyond the first (`1fr`): were
          // both rows to share it, the first results would move down as long as the list is short.
          <div className="mt-6 grid gap-x-8 gap-y-3 md:grid-cols-[14rem_1fr] md:grid-rows-[auto_1fr]">
            <div className="flex flex-wrap items-center justify-between gap-2 md:col-start-2 md:row-start-1">
              <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="result-count">
                {response.total} result{response.total === 1 ? '' : 's'} for “{params.q}”
              </p>
              <button
                type="button"
                aria-expanded={refineOpen}
                aria-controls="search-refine"
                onClick={() => setRefineOpen(!refineOpen)}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 md:hidden dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                {refineOpen ? 'Hide sort and filters' : 'Sort and filter'}
                {chosen > 0 ? ` (${chosen} chosen)` : ''}
              </button>
            </div>
            <aside
              id="search-refine"
              aria-label="Refine results"
              className={`${refineOpen ? 'block' : 'hidden'} space-y-5 rounded-lg border border-slate-200 p-4 text-sm md:col-start-1 md:row-span-2 md:row-start-1 md:block md:rounded-none md:border-0 md:p-0 dark:border-slate-800`}
            >
              <label className="block font-medium">
                Sort by
                <select
                  className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
                  value={params.sort}
                  onChange={(event) => update({ ...params, sort: event.target.value === 'date' ? 'date' : 'relevance' })}
                >
                  <option value="relevance">Relevance</option>
                  <option value="date">Date, newest first</option>
                </select>
              </label>
              {choices ? (
                <>
                  <FacetGroup title={filterLabel('kind')} facets={response.facets.kind} chosen={params.kind} onToggle={(value) => toggle('kind', value)} />
                  <FacetGroup title={filterLabel('actor')} facets={response.facets.actor} chosen={params.actor} onToggle={(value) => toggle('actor', value)} />
                  <FacetGroup title="Year" facets={response.facets.year} chosen={params.year} onToggle={(value) => toggle('year', value)} />
                </>
              ) : null}
            </aside>
            <div className="md:col-start-2">
              <ol aria-label="Search results" aria-busy={filling} className="space-y-5">
                {response.results.slice(0, Math.min(shown, drawn)).map((result) =>
                  result.text ? (
                    <li key={result.doc.id}>
                      <ResultRow result={result} terms={terms} />
                    </li>
                  ) : null,
                )}
              </ol>
              {response.total > shown && !filling ? (
                <button type="button" onClick={() => void showMore()} className="mt-6 rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
                  Show more results
                </button>
              ) : null}
            </div>
          </div>
        ) : null}

        {params && params.q.trim() !== '' && response && response.total === 0 ? (
          <div className="mt-6" data-testid="no-results">
            <p>Nothing matches “{params.q}”.</p>
            {response.suggestion?.entity ? (
              <p className="mt-2">
                Did you mean{' '}
                <SiteLink href={`/entities/${response.suggestion.entity.slug}/`} className="text-accent-700 underline dark:text-accent-300">
                  {response.suggestion.entity.name}
                </SiteLink>
                ?
              </p>
            ) : null}
            {response.suggestion?.broader ? (
              <p className="mt-2">
                Try a broader search:{' '}
                <button type="button" className="text-accent-700 underline dark:text-accent-300" onClick={() => update({ q: response.suggestion!.broader!, kind: [], actor: [], year: [], sort: params.sort })}>
                  {response.suggestion.broader}
                </button>
              </p>
            ) : null}
            {params.kind.length + params.actor.length + params.year.length > 0 ? (
              <p className="mt-2">
                <button type="button" className="text-accent-700 underline dark:text-accent-300" onClick={() => update({ ...params, kind: [], actor: [], year: [] })}>
                  Clear the refinements
                </button>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}

/** Rows added to the list per frame once the first ones are on screen. */
const DRAW_STEP = 5;

function FacetGroup({ title, facets, chosen, onToggle }: { title: string; facets: readonly Facet[]; chosen: readonly string[]; onToggle: (value: string) => void }) {
  if (facets.length === 0) return null;
  return (
    <fieldset>
      <legend className="font-medium">{title}</legend>
      <ul className="mt-1 space-y-1">
        {facets.map((facet) => (
          <li key={facet.value}>
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={chosen.includes(facet.value)} onChange={() => onToggle(facet.value)} />
              <span>
                {facet.label} <span className="text-slate-500 dark:text-slate-400">({facet.count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
