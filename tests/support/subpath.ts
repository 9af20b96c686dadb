/** The second build, under a path prefix, that `npm run build:subpath` makes for the tests. */
import { existsSync } from 'node:fs';

export const SUBPATH_SITE_URL = 'https://example.org/tracker';
export const SUBPATH_BASE = '/tracker';
export const SUBPATH_OUT = 'out-subpath';

export function assertSubpathBuilt(): void {
  if (!existsSync(`${SUBPATH_OUT}/index.html`)) {
    throw new Error(`${SUBPATH_OUT}/ has no built site: run \`npm run build:subpath\` after \`npm run build\` (npm test does both)`);
  }
}
