import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutputTable } from '@/lib/export/incremental/export-state';
import { planRender, plannedOnly } from '@/lib/export/incremental/render-plan';

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
  const params = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
  const planFile = (routes: Record<string, string[]>) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-')), 'render-plan.json');
    writeFileSync(file, JSON.stringify({ routes }));
    return file;
  };

  it('returns every param without a plan (a full build, `next build` run by hand)', () => {
    vi.stubEnv('RENDER_PLAN', '');
    expect(plannedOnly('/entries/[slug]', params)).toEqual(params);
  });

  it('returns the params whose path the plan lists, and all of a route it does not name', () => {
    vi.stubEnv('RENDER_PLAN', planFile({ '/entries/[slug]': ['/entries/b'] }));
    expect(plannedOnly('/entries/[slug]', params)).toEqual([{ slug: 'b' }]);
    expect(plannedOnly('/other/[slug]', params)).toEqual(params);
  });

  it('still renders one output of a route with nothing to render, which a static export requires', () => {
    vi.stubEnv('RENDER_PLAN', planFile({ '/entries/[slug]': [] }));
    expect(plannedOnly('/entries/[slug]', params)).toEqual([{ slug: 'a' }]);
  });

  it('stops the build when the plan cannot be read', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-')), 'missing.json');
    vi.stubEnv('RENDER_PLAN', file);
    expect(() => plannedOnly('/entries/[slug]', params)).toThrow(`RENDER_PLAN names ${file}, which is not a render plan; run \`npm run build\` again`);
  });
});
