/**
 * The chunks an entry loads later with `import()` (the search engine and flexsearch), with the
 * chunks those import: a page that knows it will need them at once (the search page opened with a
 * query) preloads them instead of waiting for its script to ask.
 */
import type { Metafile } from 'esbuild';

/** Output files reachable from `start` through static imports, `start` included. */
function staticClosure(metafile: Metafile, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const item of metafile.outputs[file]?.imports ?? []) if (item.kind === 'import-statement') visit(item.path);
  };
  start.forEach(visit);
  return seen;
}

/** The output files (as the metafile names them) the entry's `import()`s load, minus those it already loads. */
export function lazyChunks(metafile: Metafile, entryFile: string): string[] {
  const eager = staticClosure(metafile, [entryFile]);
  // An `import()` can sit in a chunk the entry shares with other pages, not in the entry itself.
  const targets = [...eager].flatMap((file) => (metafile.outputs[file]?.imports ?? []).filter((item) => item.kind === 'dynamic-import').map((item) => item.path));
  return [...staticClosure(metafile, targets)].filter((file) => !eager.has(file));
}
