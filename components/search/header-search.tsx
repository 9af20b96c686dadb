import { SiteLink } from '../site-link';
import { useRef, useState, type KeyboardEvent } from 'react';
import { resultUrl, type SearchResult } from '@/lib/search/records';
import { withBasePath } from '@/lib/site-config';
import { ResultRow } from './result-row';
import { useSearch } from './use-search';

const SHOWN = 8;
/**
 * Fixed ids, not `useId`: the page's HTML is rendered by React and taken over by Preact
 * (components/islands/), whose generated ids would not match the ones in the HTML. There is one
 * header search per page.
 */
const INPUT_ID = 'site-search-input';
const LIST_ID = 'site-search-list';

/**
 * The search box in every page's header: `/` or Ctrl/Cmd-K focuses it (lib/enhance), results
 * appear as you type, arrow keys move, Enter opens, Escape closes. The index loads on first focus.
 * It is a plain form too: on a page without islands (entry and entity pages) or before the script runs, Enter
 * sends the words to the search page.
 */
export function HeaderSearch() {
  const { response, answered, error, run, warmUp, clear } = useSearch();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  const results: SearchResult[] = (response?.results ?? []).slice(0, SHOWN).filter((result) => result.text);
  const terms = response?.words ?? [];
  const seeAll = `/search/?q=${encodeURIComponent(query)}`;

  function change(value: string) {
    setQuery(value);
    setActive(-1);
    setOpen(true);
    if (value.trim() === '') clear();
    else void run(value, { show: SHOWN, facets: false });
  }

  function go(href: string) {
    setOpen(false);
    input.current?.blur();
    window.location.assign(withBasePath(href));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = active >= 0 ? results[active] : undefined;
      const href = chosen ? resultUrl(chosen) : undefined;
      if (href) go(href);
      else if (query.trim() !== '') go(seeAll);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  const showPanel = open && query.trim() !== '' && (response !== undefined || error !== undefined);

  return (
    <form className="relative w-full sm:w-56" role="search" aria-label="Site" action={withBasePath('/search/')} method="get">
      <label htmlFor={INPUT_ID} className="sr-only">
        Search the tracker
      </label>
      <input
        ref={input}
        id={INPUT_ID}
        type="search"
        name="q"
        data-search-input=""
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${LIST_ID}-${active}` : undefined}
        placeholder="Search (press /)"
        autoComplete="off"
        value={query}
        onFocus={() => {
          warmUp();
          if (query) setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {showPanel ? (
        <div className="absolute right-0 z-20 mt-1 w-[min(32rem,90vw)] rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {error ? <p className="p-3 text-sm text-red-700 dark:text-red-300">{error}</p> : null}
          {response?.hints.map((hint) => (
            <p key={hint} className="border-b border-slate-100 px-3 py-2 text-xs text-amber-800 dark:border-slate-800 dark:text-amber-300">
              {hint}
            </p>
          ))}
          <ul id={LIST_ID} role="listbox" aria-label="Search suggestions" data-query={answered} className="max-h-[70vh] overflow-y-auto py-1">
            {results.map((result, i) => (
              <li
                key={result.doc.id}
                id={`${LIST_ID}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-slate-100 dark:bg-slate-800' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(resultUrl(result)!)}
                onMouseEnter={() => setActive(i)}
              >
                <ResultRow result={result} terms={terms} compact />
              </li>
            ))}
          </ul>
          {response && response.total === 0 ? <p className="px-3 py-2 text-sm">No results.</p> : null}
          <SiteLink
            href={seeAll}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setOpen(false)}
            className="block border-t border-slate-100 px-3 py-2 text-sm text-accent-700 hover:underline dark:border-slate-800 dark:text-accent-300"
          >
            {response && response.total > 0 ? `See all ${response.total} results` : 'Open the search page'}
          </SiteLink>
        </div>
      ) : null}
    </form>
  );
}
