/**
 * How a link to a page of this site fetches that page's route data ahead of a click, decided
 * here once for every link (components/site-link.tsx applies it), so no page prefetches more
 * than the budget in `npm run bench:pages` (100 KB gzipped) however large the record grows.
 *
 * - `viewport`: Next's default, fetched as soon as the link is near the screen. Only for pages
 *   of a fixed size that are linked from every page (About, Data): a few KB each.
 * - `intent`: fetched when the reader points at the link, focuses it or touches it, about
 *   0.2 s before a click lands. For the other pages (home, coverage), whose data grows with the
 *   record.
 * - `none`: fetched only on click. For pages that hold the whole record (timeline, status,
 *   search): hundreds of KB even for a hover.
 *
 * Entry and entity pages, which lists link to by the dozen, are not App Router pages: links to
 * them are plain links that prefetch nothing (lib/site-routes.ts), and never reach this rule.
 */
export type LinkPrefetch = 'viewport' | 'intent' | 'none';

const VIEWPORT: readonly string[] = ['/about/', '/data/'];
const NONE: readonly string[] = ['/timeline/', '/status/', '/search/'];

/** The rule for a link to `href`, a site path without the base path (`/entries/x/`, `/timeline/?kind=…`). */
export function linkPrefetch(href: string): LinkPrefetch {
  const pathname = href.replace(/[?#].*$/, '');
  if (VIEWPORT.includes(pathname)) return 'viewport';
  if (NONE.some((prefix) => pathname.startsWith(prefix))) return 'none';
  return 'intent';
}
