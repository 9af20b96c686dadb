/**
 * How a link to a page of this site fetches that page's route data ahead of a click, decided
 * here once for every link (components/site-link.tsx applies it), so no page prefetches more
 * than the budget in `npm run bench:pages` (100 KB gzipped) however large the record grows.
 *
 * - `intent`: fetched when the reader points at the link, focuses it or touches it, about
 *   0.2 s before a click lands. For home, whose data grows with the record.
 * - `none`: fetched only on click. For pages that hold the whole record (timeline, status,
 *   search): hundreds of KB even for a hover.
 *
 * Entry and entity pages, which lists link to by the dozen, and the About, Coverage and Data
 * pages are not App Router pages: links to them are plain links that prefetch nothing
 * (lib/site-routes.ts), and never reach this rule.
 */
export type LinkPrefetch = 'intent' | 'none';

const NONE: readonly string[] = ['/timeline/', '/status/', '/search/'];

/** The rule for a link to `href`, a site path without the base path (`/entries/x/`, `/timeline/?kind=…`). */
export function linkPrefetch(href: string): LinkPrefetch {
  const pathname = href.replace(/[?#].*$/, '');
  if (NONE.some((prefix) => pathname.startsWith(prefix))) return 'none';
  return 'intent';
}
