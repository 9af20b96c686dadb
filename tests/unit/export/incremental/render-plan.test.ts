import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOutputTable, statePaths, writeBuildState, writeRecord, type OutputTable } from '@/lib/export/incremental/export-state';
import { planRender, plannedOnly, type RouteOutput } from '@/lib/export/incremental/render-plan';

const previous: OutputTable = {
  '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'h2', '/entries/c': 'h3' } },
  '/search-index/[file]': { kind: 'file', outputs: { '/search-index/meta.json': 'm1' } },
};

describe('planRender', () => {
  it('renders what changed or is new, keeps the rest, and counts what is gone', () => {
    const current: OutputTable = {
      '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'CHANGED', '/entries/d': 'h4' } },
      '/search-index/[file]': { kind: 'file', outputs: { '/search-index/meta.json': 'm1' } },
      '/kinds/[kind]/feed.xml': { kind: 'file', outputs: { '/kinds/corporate/feed.xml': 'k1' } },
    };
    const summary = planRender(previous, current);
    expect(summary.plan.routes).toEqual({
      '/entries/[slug]': ['/entries/b', '/entries/d'],
      '/search-index/[file]': [],
      '/kinds/[kind]/feed.xml': ['/kinds/corporate/feed.xml'],
    });
    expect({ render: summary.render, kept: summary.kept, gone: summary.gone }).toEqual({ render: 3, kept: 2, gone: 1 });
  });

  it('renders every output of a route whose kind changed', () => {
    const current: OutputTable = { '/search-index/[file]': { kind: 'page', outputs: { '/search-index/meta.json': 'm1' } } };
    expect(planRender(previous, current).plan.routes['/search-index/[file]']).toEqual(['/search-index/meta.json']);
  });
});

describe('plannedOnly', () => {
  afterEach(() => vi.unstubAllEnvs());
  const params = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }, { slug: 'gone' }];
  /** Hashes of the pages: `gone` has none (its getStaticProps finds nothing). */
  const output = (hashes: Record<string, string>): RouteOutput<{ slug: string }> => ({ kind: 'page', hash: async ({ slug }) => hashes[slug] });
  const now = output({ a: 'h1', b: 'CHANGED', c: 'h3' });

  /** A state folder for a build under way, keeping the previous export or not. */
  function state(keep: boolean): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-'));
    writeBuildState(statePaths(dir).build, { outDir: '/site/out', fingerprint: 'f', keep });
    const outputs: OutputTable = { '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'h2', '/entries/c': 'h3' } } };
    writeRecord(statePaths(dir).previousRecord, { outDir: '/site/out', fingerprint: 'f', outputs, stamp: '1:1' });
    return dir;
  }

  it('returns every param, hashing nothing, outside `npm run build` (`next dev`, `next build` by hand)', async () => {
    vi.stubEnv('INCREMENTAL_BUILD', '');
    const hash = vi.fn(async () => 'h');
    expect(await plannedOnly('/entries/[slug]', params, { kind: 'page', hash })).toEqual(params);
    expect(hash).not.toHaveBeenCalled();
  });

  it('returns the params whose output changed or is new, and writes every hash for the last step', async () => {
    const dir = state(true);
    vi.stubEnv('INCREMENTAL_BUILD', dir);
    expect(await plannedOnly('/entries/[slug]', params, now)).toEqual([{ slug: 'b' }]);
    expect(readOutputTable(statePaths(dir).outputs)).toEqual({ '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'CHANGED', '/entries/c': 'h3' } } });
    expect(await plannedOnly('/entries/[slug]', [...params, { slug: 'd' }], output({ a: 'h1', b: 'h2', c: 'h3', d: 'h4' }))).toEqual([{ slug: 'd' }]);
    // A route the previous build did not record renders everything.
    expect(await plannedOnly('/other/[slug]', params, now)).toEqual(params.slice(0, 3));
  });

  it('returns every param of a full build, and still writes the hashes', async () => {
    const dir = state(false);
    vi.stubEnv('INCREMENTAL_BUILD', dir);
    expect(await plannedOnly('/entries/[slug]', params, now)).toEqual(params);
    expect(Object.keys(readOutputTable(statePaths(dir).outputs)['/entries/[slug]']!.outputs)).toEqual(['/entries/a', '/entries/b', '/entries/c']);
  });

  it('still renders one output of a route with nothing to render, which a static export requires', async () => {
    vi.stubEnv('INCREMENTAL_BUILD', state(true));
    expect(await plannedOnly('/entries/[slug]', params, output({ a: 'h1', b: 'h2', c: 'h3' }))).toEqual([{ slug: 'a' }]);
  });

  it('stops the build when the state folder holds no build under way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-'));
    vi.stubEnv('INCREMENTAL_BUILD', dir);
    await expect(plannedOnly('/entries/[slug]', params, now)).rejects.toThrow(`INCREMENTAL_BUILD names ${dir}, which holds no build under way; run \`npm run build\``);
  });
});
