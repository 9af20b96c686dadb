/**
 * `npm run hash-outputs -- --part 1/2 --out <file>`: lists every output of the site's dynamic
 * routes (lib/export/incremental/dynamic-routes.ts) with the hash of what it is rendered from
 * (lib/export/incremental/hash-outputs.ts), and writes them to `<file>` as JSON. The build's
 * first step runs it, in two parts at once, after the content step; it reads the content step's
 * output as `next build` will. `--part` takes every n-th output.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dynamicRoutes } from '../lib/export/incremental/dynamic-routes';
import type { OutputTable } from '../lib/export/incremental/export-state';
import { hashRouteOutputs } from '../lib/export/incremental/hash-outputs';

// React and the pages render as they do in `next build` (and faster than in development).
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';

const { values } = parseArgs({ options: { part: { type: 'string', default: '1/1' }, out: { type: 'string' } } });
const part = /^(\d+)\/(\d+)$/.exec(values.part);
if (!part || Number(part[1]) < 1 || Number(part[1]) > Number(part[2]) || !values.out) {
  console.error('usage: npm run hash-outputs -- --part <i>/<n> --out <file>');
  process.exit(2);
}

const table: OutputTable = {};
for (const route of dynamicRoutes(process.cwd())) {
  const routeModule: unknown = await import(pathToFileURL(route.file).href);
  table[route.pattern] = await hashRouteOutputs(route, routeModule, { index: Number(part[1]) - 1, of: Number(part[2]) });
}
writeFileSync(values.out, JSON.stringify(table));
