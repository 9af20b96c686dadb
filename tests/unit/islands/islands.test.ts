/**
 * The islands step: what the browser downloads for a page's controls (no React, no Next, the
 * search engine only on first use), the manifest pages read their script from, and the messages
 * a contributor reads when it is missing or names an unknown entry.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { islandsOptions, manifestOf } from '@/lib/islands/build-islands';
import { islandFile, islandFileNames } from '@/lib/islands/island-files';
import { islandScriptFiles, readIslandsManifest } from '@/lib/islands/manifest';
import { withBasePath } from '@/lib/site-config';

const ROOT = process.cwd();

describe('the islands bundle', () => {
  it('carries Preact, not React or Next, and loads the search engine only when it is first used', async () => {
    const result = await build({ ...islandsOptions(ROOT), outdir: mkdtempSync(path.join(tmpdir(), 'islands-')), write: false, metafile: true });
    const metafile = result.metafile;
    const outputs = Object.entries(metafile.outputs);
    const entries = outputs.filter(([, output]) => output.entryPoint?.startsWith('components/islands/entries/'));
    expect(entries.map(([, output]) => path.basename(output.entryPoint!, '.tsx'))).toContain('home');
    for (const [file, output] of outputs) {
      const inputs = Object.keys(output.inputs);
      expect(inputs.filter((input) => /node_modules\/(react|react-dom|next)\//.test(input)), file).toEqual([]);
    }
    // Everything an entry loads before it runs: itself and its static imports, recursively.
    const loadedFirst = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const item of metafile.outputs[file]!.imports) if (item.kind === 'import-statement') loadedFirst(item.path, seen);
      return seen;
    };
    for (const [file] of entries) {
      const inputs = [...loadedFirst(file)].flatMap((out) => Object.keys(metafile.outputs[out]!.inputs));
      expect(inputs.some((input) => input.includes('node_modules/preact/')), file).toBe(true);
      expect(inputs.filter((input) => input.includes('flexsearch')), file).toEqual([]);
    }
  });

  it('lists each entry with the chunks it imports, and apart from them the modules it loads with import()', () => {
    const outdir = path.join(ROOT, '.generated', 'islands');
    const output = (entryPoint: string | undefined, imports: Metafile['outputs'][string]['imports']) => ({ bytes: 1, inputs: {}, exports: [], imports, ...(entryPoint ? { entryPoint } : {}) });
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        '.generated/islands/home-AB12.js': output('components/islands/entries/home.tsx', [
          { path: '.generated/islands/chunk-P1.js', kind: 'import-statement' },
          { path: '.generated/islands/chunk-E2.js', kind: 'dynamic-import' },
        ]),
        '.generated/islands/chunk-E2.js': output('lib/search/browser-engine.ts', []),
        '.generated/islands/chunk-P1.js': output(undefined, []),
      },
    };
    expect(manifestOf(metafile, outdir)).toEqual({ home: { file: 'home-AB12.js', imports: ['chunk-P1.js'], lazy: ['chunk-E2.js'] } });
  });
});

describe('the islands manifest', () => {
  it('gives a page the addresses of its script and of the chunks to preload, under the site path', () => {
    const files = islandScriptFiles('home', { home: { file: 'home-AB12.js', imports: ['chunk-P1.js'] } });
    expect(files).toEqual({ script: withBasePath('/islands/home-AB12.js'), preload: [withBasePath('/islands/chunk-P1.js')] });
  });

  it('stops the build on an entry the manifest does not have, naming it and the file to add', () => {
    expect(() => islandScriptFiles('status', { home: { file: 'home-AB12.js', imports: [] } })).toThrow(
      'islands: no entry "status" in the manifest (entries: home); add components/islands/entries/status.tsx',
    );
  });

  it('says how to make the manifest when it is missing, and refuses one of the wrong shape', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'islands-root-'));
    expect(() => readIslandsManifest(root)).toThrow(/^\.generated\/islands\/manifest\.json: cannot read the islands manifest \(ENOENT.*\); run `npm run islands` \(npm run build does it\)$/);
    mkdirSync(path.join(root, '.generated', 'islands'), { recursive: true });
    writeFileSync(path.join(root, '.generated', 'islands', 'manifest.json'), '{"home": {"file": 3}}');
    expect(() => readIslandsManifest(root)).toThrow('.generated/islands/manifest.json: cannot read the islands manifest (not a map of entry names to { file, imports }); run `npm run islands` (npm run build does it)');
  });

  it('serves only the scripts of the islands folder, never another file by its name', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'islands-files-'));
    mkdirSync(path.join(root, '.generated', 'islands'), { recursive: true });
    writeFileSync(path.join(root, '.generated', 'islands', 'home-AB12.js'), 'export {}');
    writeFileSync(path.join(root, '.generated', 'islands', 'manifest.json'), '{}');
    writeFileSync(path.join(root, '.generated', 'content.json'), '{}');
    expect(islandFileNames(root)).toEqual(['home-AB12.js']);
    expect(islandFile('home-AB12.js', root)).toBe('export {}');
    expect(islandFile('manifest.json', root)).toBeUndefined();
    expect(islandFile('../content.json', root)).toBeUndefined();
  });
});
