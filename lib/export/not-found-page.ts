/**
 * The site's own 404 page in place of Next's. While app/ holds route handlers (the data files),
 * the App Router writes its default "404: This page could not be found." to out/404.html and
 * out/404/index.html, with React's runtime, and a Pages Router `pages/404.tsx` is not exported
 * over it. So the site's page is built as an ordinary page at /not-found/ (pages/not-found.tsx),
 * and this step puts it where hosts look for a 404 page, then removes the page at /not-found/
 * (a 404 page must not answer 200 at an address of its own) and the App Router's copy.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where pages/not-found.tsx is exported. */
export const NOT_FOUND_SOURCE = path.join('not-found', 'index.html');

export function placeNotFoundPage(out: string): void {
  const source = path.join(out, NOT_FOUND_SOURCE);
  if (!existsSync(source)) throw new Error(`${NOT_FOUND_SOURCE} is missing from the export: pages/not-found.tsx should build it, to become 404.html`);
  copyFileSync(source, path.join(out, '404.html'));
  mkdirSync(path.join(out, '404'), { recursive: true });
  copyFileSync(source, path.join(out, '404', 'index.html'));
  rmSync(path.dirname(source), { recursive: true });
  rmSync(path.join(out, '_not-found'), { recursive: true, force: true });
}
