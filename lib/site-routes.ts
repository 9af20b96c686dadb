/**
 * Which site paths the App Router can open within the page. Entry and entity pages are built
 * without React's runtime (pages/entries/[slug].tsx, pages/entities/[slug]/[[...page]].tsx), so
 * the App Router has no route data for them: a client-side link would prefetch a file that does
 * not exist and then fall back to loading the page. Links to them are plain links instead, and
 * open the light static page directly.
 */
const DOCUMENT_PREFIXES: readonly string[] = ['/entries/', '/entities/'];

export function opensAsDocument(path: string): boolean {
  return DOCUMENT_PREFIXES.some((prefix) => path.startsWith(prefix));
}
