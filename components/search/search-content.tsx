import { Island } from '../islands/island';
import { SEARCH_PAGE_ISLAND } from '../islands/search-islands';

/** The search page's content (pages/search.tsx): its heading, the fallback without JavaScript and the search itself, an island. */
export function SearchContent() {
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Search</h1>
      <noscript>
        <p className="mt-4">Search runs in your browser and needs JavaScript. Without it, browse the timeline, whose year pages list every entry.</p>
      </noscript>
      <Island spec={SEARCH_PAGE_ISLAND} props={{}} />
    </>
  );
}
