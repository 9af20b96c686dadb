/**
 * Runs inline in the search page's `<head>` (pages/search.tsx): when the address holds a query,
 * the engine's code (flexsearch included) and the index's `meta.json` start loading while the page
 * is still being read, side by side, rather than one after the other once the page's script has
 * run and asked for them. Without a query nothing is fetched: the engine loads on first use.
 *
 * The function is serialised with `toString()` into the page, so it must stay self-contained: no
 * imports, no references to anything outside its own body.
 */
export function preloadSearch(modules: readonly string[], metaUrl: string): void {
  const query = new URLSearchParams(window.location.search).get('q');
  if (!query || query.trim() === '') return;
  const add = (rel: string, href: string, as?: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) {
      link.as = as;
      // What fetch() asks for (CORS mode, same-origin credentials), so the preloaded file is the one it uses.
      link.crossOrigin = 'anonymous';
    }
    document.head.appendChild(link);
  };
  for (const href of modules) add('modulepreload', href);
  add('preload', metaUrl, 'fetch');
}

/** The inline script's text. */
export function preloadSearchScript(modules: readonly string[], metaUrl: string): string {
  return `(${preloadSearch.toString()})(${JSON.stringify(modules)},${JSON.stringify(metaUrl)})`;
}
