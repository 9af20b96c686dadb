/**
 * Clears what the previous build left, at the start of a build, so that `next build` need not.
 *
 * Next empties `.next/` itself when it starts, one file at a time in its main process; after a
 * build at 10,000 entries that is 26,000 files and took 3 to 8 s before anything else began
 * (bench:build). The build's first step (scripts/prepare-build.ts) does it instead while the
 * checker and the content step run, and next.config.mjs turns Next's own clean off
 * (`cleanDistDir: false`). Without this step `next build` would export from a `.next/` holding
 * an older build's chunks as well as its own, so `npm run build` and `npm run build:subpath` both
 * begin here.
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { STATE_FOLDER } from './incremental/export-state';

/**
 * What Next's own clean keeps in `.next/` (its caches and what a running `next dev` holds), and
 * what one build leaves for the next to rebuild only what changed (lib/export/incremental/).
 */
const KEPT = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace', STATE_FOLDER]);

/**
 * Removes everything in `<root>/.next/` but what is kept, and the export folder `outDir` (either
 * may be missing; `outDir` undefined keeps the export folder, for a build that keeps its pages).
 */
export async function clearBuildOutputs(root: string, outDir: string | undefined): Promise<void> {
  const next = path.join(root, '.next');
  let items: string[] = [];
  try {
    items = readdirSync(next).filter((name) => !KEPT.has(name)).map((name) => path.join(next, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const targets = outDir === undefined ? items : [...items, path.resolve(root, outDir)];
  await Promise.all(targets.map((target) => rm(target, { recursive: true, force: true, maxRetries: 3 })));
}
