/**
 * Where a dynamic route's output lands. A route is named by its URL pattern, as Next names it
 * (`/entities/[slug]/[[...page]]`, `/search-index/[file]`); given its params it yields the page's
 * URL path, and that path the file the static export writes for it (next.config.mjs sets
 * `trailingSlash`, so a page is `<path>/index.html` and a route handler's body is `<path>`).
 */

/** A route's params, as getStaticPaths and generateStaticParams return them. */
export type RouteParams = Record<string, string | string[] | undefined>;

/** Whether a route is a page (Pages Router) or a route handler that writes a file (App Router). */
export type RouteKind = 'page' | 'file';

const SEGMENT = /^\[(\[)?(\.\.\.)?([^\]]+)\]?\]$/;

/** The URL path `params` give in `pattern`: `/entities/[slug]/[[...page]]` and `{ slug: 'a', page: ['page', '2'] }` give `/entities/a/page/2`. */
export function routePath(pattern: string, params: RouteParams): string {
  const parts: string[] = [];
  for (const segment of pattern.split('/').filter(Boolean)) {
    const match = SEGMENT.exec(segment);
    if (!match) {
      parts.push(segment);
      continue;
    }
    const [, optional, catchAll, name] = match;
    const value = params[name!];
    if (catchAll) {
      const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (values.length === 0 && !optional) throw new Error(`${pattern}: no value for ${name}`);
      parts.push(...values);
    } else {
      if (typeof value !== 'string' || value === '') throw new Error(`${pattern}: no value for ${name}`);
      parts.push(value);
    }
  }
  return `/${parts.join('/')}`;
}

/** The file in the export folder, relative to it, that holds the output at `urlPath`. */
export function exportedFile(kind: RouteKind, urlPath: string): string {
  const relative = urlPath.replace(/^\/+/, '');
  if (kind === 'file') return relative;
  return relative === '' ? 'index.html' : `${relative}/index.html`;
}
