/**
 * The islands step (`npm run islands`, run by `npm run build` before `next build`): bundles the
 * browser code of the interactive parts of pages built without React's runtime
 * (components/islands/) with esbuild, into .generated/islands/. React is swapped for Preact's
 * compatible layer there: the same components render to HTML at build time with React and come
 * alive in the browser with about 6 KB of Preact instead of React's and Next's ~140 KB runtime.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, context, type BuildOptions, type Metafile } from 'esbuild';
import { lazyChunks } from './lazy-chunks';
import { ISLANDS_MANIFEST, islandsDir, type IslandsManifest } from './manifest';

/** The entry modules, one per kind of page: `components/islands/entries/<name>.tsx`. */
export const ENTRIES_DIR = path.join('components', 'islands', 'entries');

/** Values that Next inlines into browser code (next.config.mjs `env`), inlined here the same way. */
function defines(siteUrl: string): Record<string, string> {
  return {
    'process.env.SITE_URL': JSON.stringify(siteUrl),
    'process.env.NEXT_PUBLIC_REPOSITORY_URL': JSON.stringify(process.env.NEXT_PUBLIC_REPOSITORY_URL ?? ''),
    'process.env.NEXT_PUBLIC_REPOSITORY_BRANCH': JSON.stringify(process.env.NEXT_PUBLIC_REPOSITORY_BRANCH ?? ''),
    'process.env.NODE_ENV': JSON.stringify('production'),
  };
}

/** The site address as next.config.mjs reads it, so links in islands match the pages'. */
function siteUrlSetting(): string {
  const url = new URL(process.env.SITE_URL?.trim() || 'http://localhost:3000');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function islandsOptions(root: string): BuildOptions {
  const entries = readdirSync(path.join(root, ENTRIES_DIR)).filter((file) => file.endsWith('.tsx'));
  return {
    absWorkingDir: root,
    entryPoints: entries.map((file) => path.join(ENTRIES_DIR, file)),
    outdir: islandsDir(root),
    bundle: true,
    // Chunks shared between pages (Preact, the search engine) load once; `import()` stays lazy.
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    jsx: 'automatic',
    tsconfig: path.join(root, 'tsconfig.json'),
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react-dom/client': 'preact/compat/client',
      'react/jsx-runtime': 'preact/jsx-runtime',
    },
    define: defines(siteUrlSetting()),
    logLevel: 'warning',
  };
}

/** The manifest: for each entry, its file and the chunks it imports, to preload them, and those it loads later. */
export function manifestOf(metafile: Metafile, outdir: string): IslandsManifest {
  const manifest: IslandsManifest = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    // Entries only: modules loaded with import() are entry points to esbuild too.
    if (!output.entryPoint?.startsWith(ENTRIES_DIR)) continue;
    const name = path.basename(output.entryPoint, '.tsx');
    const relative = (out: string) => path.relative(outdir, path.resolve(out));
    manifest[name] = {
      file: relative(file),
      imports: output.imports.filter((item) => item.kind === 'import-statement').map((item) => relative(item.path)),
      lazy: lazyChunks(metafile, file).map(relative),
    };
  }
  return manifest;
}

function writeManifest(root: string, metafile: Metafile): void {
  writeFileSync(path.join(islandsDir(root), ISLANDS_MANIFEST), `${JSON.stringify(manifestOf(metafile, islandsDir(root)), null, 2)}\n`);
}

/** Builds every entry once, into a folder emptied first (file names carry a content hash). */
export async function buildIslands(root: string): Promise<IslandsManifest> {
  rmSync(islandsDir(root), { recursive: true, force: true });
  mkdirSync(islandsDir(root), { recursive: true });
  const result = await build(islandsOptions(root));
  writeManifest(root, result.metafile!);
  return manifestOf(result.metafile!, islandsDir(root));
}

/** `npm run dev`: builds again on every change, then rewrites the manifest the pages read. */
export async function watchIslands(root: string, onBuilt: (errors: number) => void): Promise<void> {
  mkdirSync(islandsDir(root), { recursive: true });
  const options = islandsOptions(root);
  const ctx = await context({
    ...options,
    plugins: [{ name: 'manifest', setup: (b) => b.onEnd((result) => {
      if (result.metafile) writeManifest(root, result.metafile);
      onBuilt(result.errors.length);
    }) }],
  });
  await ctx.watch();
}
