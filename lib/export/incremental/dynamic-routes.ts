/**
 * The project's dynamic routes, found in pages/ and app/: Pages Router pages with a `[param]` in
 * their path, and App Router route handlers (`route.ts`) under a `[param]` folder. Their outputs
 * are what a build can keep from the previous one, if the route hands its params to
 * `plannedOnly` (render-plan.ts); a unit test holds every route to it, so that a new one is not
 * rendered whole on every build unnoticed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RouteKind } from './route-paths';

export interface DynamicRoute {
  /** The URL pattern, as Next names the route: `/entries/[slug]`, `/search-index/[file]`. */
  pattern: string;
  kind: RouteKind;
  /** The route's module, absolute. */
  file: string;
}

const PAGE_FILE = /\.(tsx|ts|jsx|js)$/;

function filesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.relative(folder, path.join(item.parentPath, item.name)).split(path.sep).join('/'));
}

/** The dynamic routes of the project at `root`, sorted by pattern. */
export function dynamicRoutes(root: string): DynamicRoute[] {
  const routes: DynamicRoute[] = [];
  const pages = path.join(root, 'pages');
  for (const file of filesIn(pages)) {
    if (!PAGE_FILE.test(file) || file.startsWith('api/') || !file.includes('[')) continue;
    const pattern = `/${file.replace(PAGE_FILE, '').replace(/(^|\/)index$/, '')}`;
    routes.push({ pattern, kind: 'page', file: path.join(pages, file) });
  }
  const app = path.join(root, 'app');
  for (const file of filesIn(app)) {
    if (!/(^|\/)route\.(ts|js)$/.test(file) || !file.includes('[')) continue;
    // Route groups (`(name)`) are not part of the URL.
    const segments = path.posix.dirname(file).split('/').filter((segment) => !/^\(.*\)$/.test(segment));
    routes.push({ pattern: `/${segments.join('/')}`, kind: 'file', file: path.join(app, file) });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
