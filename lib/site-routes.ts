/**
 * Which site paths the App Router can open within the page. Entry and entity pages, and the
 * About, Coverage and Data pages, are built without React's runtime (pages/), so
 * the App Router has no route data for them: a client-side link would prefetch a file that does
 * not exist and then fall back to loading the page. Links to them are plain links instead, and
 * open the light static page directly.
 */
const DOCUMENT_PREFIXES: readonly string[] = ['/entries/', '/entities/'];
const DOCUMENT_PAGES: readonly string[] = ['/about/', '/coverage/', '/data/'];

export function opensAsDocument(path: string): boolean {
  const pathname = path.replace(/[?#].*$/, '');
  return DOCUMENT_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || DOCUMENT_PAGES.includes(pathname);
}
