import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicRoutes } from '@/lib/export/incremental/dynamic-routes';

const root = process.cwd();

describe('dynamicRoutes', () => {
  const routes = dynamicRoutes(root);

  it('finds the pages and route handlers whose outputs a build can keep', () => {
    expect(routes.map((route) => `${route.kind} ${route.pattern}`)).toEqual([
      'page /entities/[slug]/[[...page]]',
      'file /entities/[slug]/feed.xml',
      'page /entries/[slug]',
      'file /islands/[file]',
      'file /kinds/[kind]/feed.xml',
      'file /map-data/[file]',
      'file /search-index/[file]',
      'file /status-data/[file]',
      'file /timeline-data/[file]',
      'page /timeline/[year]/[[...page]]',
    ]);
  });

  // A route that does not read the plan renders all its outputs on every build: correct, but it
  // keeps nothing. Its pattern must be the one found here, or the plan never applies to it.
  it.each(routes.map((route) => [path.relative(root, route.file), route.pattern]))('%s reads the render plan under its own pattern', (file, pattern) => {
    expect(readFileSync(path.join(root, file), 'utf8')).toContain(`plannedOnly('${pattern}', `);
  });
});
