import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lazyChunks } from '@/lib/islands/lazy-chunks';

type Import = Metafile['outputs'][string]['imports'][number];
const output = (imports: Import[]): Metafile['outputs'][string] => ({ bytes: 1, inputs: {}, imports, exports: [] });
const statically = (path: string): Import => ({ path, kind: 'import-statement' });
const lazily = (path: string): Import => ({ path, kind: 'dynamic-import' });

/** Two pages' entries sharing Preact and the header search, whose `import()` loads the engine. */
const metafile: Metafile = {
  inputs: {},
  outputs: {
    'out/search.js': output([statically('out/preact.js'), statically('out/header.js'), statically('out/filters.js')]),
    'out/home.js': output([statically('out/preact.js'), statically('out/header.js')]),
    'out/preact.js': output([]),
    'out/header.js': output([statically('out/preact.js'), lazily('out/engine.js')]),
    'out/engine.js': output([statically('out/flexsearch.js'), statically('out/filters.js')]),
    'out/flexsearch.js': output([]),
    'out/filters.js': output([]),
  },
};

describe('the chunks an entry loads later', () => {
  it('follows an import() in a shared chunk to the engine and what it imports, minus what the entry loads anyway', () => {
    expect(lazyChunks(metafile, 'out/search.js').sort()).toEqual(['out/engine.js', 'out/flexsearch.js']);
    expect(lazyChunks(metafile, 'out/home.js').sort()).toEqual(['out/engine.js', 'out/filters.js', 'out/flexsearch.js']);
  });

  it('is empty for an entry without import()', () => {
    expect(lazyChunks(metafile, 'out/preact.js')).toEqual([]);
  });
});
