import { describe, expect, it } from 'vitest';
import { hashRouteOutputs } from '@/lib/export/incremental/hash-outputs';

const page = { pattern: '/entries/[slug]', kind: 'page' as const, file: 'pages/entries/[slug].tsx' };
const handler = { pattern: '/search-index/[file]', kind: 'file' as const, file: 'app/search-index/[file]/route.ts' };

function pageModule(props: Record<string, string>) {
  return {
    getStaticPaths: () => ({ paths: Object.keys(props).map((slug) => ({ params: { slug } })) }),
    getStaticProps: ({ params }: { params: { slug?: string } }) => (props[params.slug!] === 'missing' ? { notFound: true } : { props: { html: props[params.slug!] } }),
  };
}

function handlerModule(bodies: Record<string, string>) {
  return {
    generateStaticParams: () => Object.keys(bodies).map((file) => ({ file })),
    GET: async (_request: Request, { params }: { params: Promise<{ file?: string }> }) => {
      const { file } = await params;
      if (bodies[file!] === 'missing') throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
      return new Response(bodies[file!], { headers: { 'Content-Type': 'application/json' } });
    },
  };
}

describe('hashRouteOutputs', () => {
  it('hashes each page from its props: a change in one changes only its hash', async () => {
    const before = await hashRouteOutputs(page, pageModule({ a: '<p>A</p>', b: '<p>B</p>', c: 'missing' }));
    const after = await hashRouteOutputs(page, pageModule({ a: '<p>A</p>', b: '<p>B, changed</p>', c: 'missing' }));
    expect(Object.keys(before.outputs)).toEqual(['/entries/a', '/entries/b']);
    expect(after.outputs['/entries/a']).toBe(before.outputs['/entries/a']);
    expect(after.outputs['/entries/b']).not.toBe(before.outputs['/entries/b']);
  });

  it('hashes each file from its response, and leaves out what answers not found', async () => {
    const before = await hashRouteOutputs(handler, handlerModule({ 'meta.json': '{"a":1}', 'first-a.json': '[]', 'gone.json': 'missing' }));
    const after = await hashRouteOutputs(handler, handlerModule({ 'meta.json': '{"a":2}', 'first-a.json': '[]', 'gone.json': 'missing' }));
    expect(before.kind).toBe('file');
    expect(Object.keys(before.outputs)).toEqual(['/search-index/meta.json', '/search-index/first-a.json']);
    expect(after.outputs['/search-index/first-a.json']).toBe(before.outputs['/search-index/first-a.json']);
    expect(after.outputs['/search-index/meta.json']).not.toBe(before.outputs['/search-index/meta.json']);
  });

  it('splits the outputs among parts that together hold them all', async () => {
    const routeModule = pageModule({ a: '1', b: '2', c: '3' });
    const first = await hashRouteOutputs(page, routeModule, { index: 0, of: 2 });
    const second = await hashRouteOutputs(page, routeModule, { index: 1, of: 2 });
    expect(Object.keys(first.outputs)).toEqual(['/entries/a', '/entries/c']);
    expect(Object.keys(second.outputs)).toEqual(['/entries/b']);
  });

  it('names the file of a route that lacks what a static route needs', async () => {
    await expect(hashRouteOutputs(page, { getStaticProps: () => ({}) })).rejects.toThrow('pages/entries/[slug].tsx: a dynamic page needs getStaticPaths and getStaticProps');
    await expect(hashRouteOutputs(handler, { GET: () => new Response('') })).rejects.toThrow('app/search-index/[file]/route.ts: a dynamic route handler needs generateStaticParams and GET');
  });
});
