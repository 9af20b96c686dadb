import { describe, expect, it } from 'vitest';
import { fileOutput, pageOutput } from '@/lib/export/incremental/hash-outputs';

const props = (html: string) => pageOutput<{ slug: string }>(() => ({ props: { html } }));
const file = (body: string, type = 'application/json') => fileOutput<{ file: string }>(() => new Response(body, { headers: { 'Content-Type': type } }));

describe('pageOutput', () => {
  it('hashes a page from what its getStaticProps returns', async () => {
    const hash = (html: string) => props(html).hash({ slug: 'a' }, '/entries/a');
    expect(await hash('<p>A</p>')).toBe(await hash('<p>A</p>'));
    expect(await hash('<p>A, changed</p>')).not.toBe(await hash('<p>A</p>'));
    expect(props('').kind).toBe('page');
  });

  it('gives no hash to a page whose getStaticProps finds nothing', async () => {
    const missing = pageOutput<{ slug: string }>(async () => ({ notFound: true }));
    expect(await missing.hash({ slug: 'gone' }, '/entries/gone')).toBeUndefined();
  });
});

describe('fileOutput', () => {
  it('hashes a file from its response: body and type', async () => {
    const hash = (body: string, type?: string) => file(body, type).hash({ file: 'meta.json' }, '/search-index/meta.json');
    expect(await hash('{"a":1}')).toBe(await hash('{"a":1}'));
    expect(await hash('{"a":2}')).not.toBe(await hash('{"a":1}'));
    expect(await hash('{"a":1}', 'text/plain')).not.toBe(await hash('{"a":1}'));
    expect(file('').kind).toBe('file');
  });

  it('asks the handler for the output at its own address, and gives no hash to what it does not find', async () => {
    const seen: string[] = [];
    const output = fileOutput<{ file: string }>(async (request, { params }) => {
      seen.push(`${new URL(request.url).pathname} ${(await params).file}`);
      throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    });
    expect(await output.hash({ file: 'gone.json' }, '/search-index/gone.json')).toBeUndefined();
    expect(seen).toEqual(['/search-index/gone.json gone.json']);
  });

  it('lets any other error stop the build', async () => {
    const broken = fileOutput<{ file: string }>(() => {
      throw new Error('the data file is damaged');
    });
    await expect(broken.hash({ file: 'a.json' }, '/a.json')).rejects.toThrow('the data file is damaged');
  });
});
