/**
 * Which site paths the App Router can open within the page. Entry pages are built without React's
 * runtime (pages/entries/[slug].tsx), so the App Router has no route data for them: a client-side
 * link would prefetch a file that does not exist and then fall back to loading the page. Links to
 * them are plain links instead, and open the light static page directly.
 */
export function opensAsDocument(path: string): boolean {
  return path.startsWith('/entries/');
}
