import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderStamp, readRecord, stateDir, statePaths, writeBuildState, writeRecord, writeRouteOutputs } from '@/lib/export/incremental/export-state';
import { completeExport, describeExport, recordExport } from '@/lib/export/incremental/finish-build';

function write(root: string, file: string, text = file): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A build that kept the previous export, after `next build` rendered entry b and the new entry d. */
function keptBuild(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'finish-'));
  const paths = statePaths(stateDir(root));
  const out = path.join(root, 'out');
  for (const slug of ['a', 'b', 'c']) write(paths.previousExport, `entries/${slug}/index.html`, `old ${slug}`);
  for (const slug of ['b', 'd']) write(out, `entries/${slug}/index.html`, `new ${slug}`);
  writeRecord(paths.previousRecord, { outDir: out, fingerprint: 'f', stamp: '1:1', outputs: { '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'h2', '/entries/c': 'h3' } } } });
  writeBuildState(paths.build, { outDir: out, fingerprint: 'f', keep: true });
  // Entry c is gone; b changed; d is new.
  writeRouteOutputs(paths.outputs, '/entries/[slug]', { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'CHANGED', '/entries/d': 'h4' } });
  return root;
}

describe('completeExport and recordExport', () => {
  it('bring back what did not change, drop what is gone, and record the finished export', () => {
    const root = keptBuild();
    const out = path.join(root, 'out');
    const completed = completeExport(root, 'out')!;
    expect(describeExport(completed)).toBe('rendered 2 of 3 pages and files of the dynamic routes (those changed or new) and kept the other 1 from the previous build; 1 no longer built');
    expect(readdirSync(path.join(out, 'entries')).sort()).toEqual(['a', 'b', 'd']);
    expect(readFileSync(path.join(out, 'entries/a/index.html'), 'utf8')).toBe('old a');
    expect(readFileSync(path.join(out, 'entries/b/index.html'), 'utf8')).toBe('new b');
    recordExport(root, 'out', completed);
    const paths = statePaths(stateDir(root));
    expect(readRecord(paths.record)).toEqual({ outDir: out, fingerprint: 'f', stamp: folderStamp(out), outputs: completed.outputs });
    expect([paths.build, paths.outputs, paths.previousRecord, paths.previousExport].filter((file) => existsSync(file))).toEqual([]);
  });

  it('says a full build rendered everything', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'finish-'));
    const paths = statePaths(stateDir(root));
    writeBuildState(paths.build, { outDir: path.join(root, 'out'), fingerprint: 'f', keep: false });
    writeRouteOutputs(paths.outputs, '/entries/[slug]', { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'h2' } });
    expect(describeExport(completeExport(root, 'out')!)).toBe('rendered all 2 pages and files of the dynamic routes');
  });

  it('does nothing for another export folder, or without a build under way', () => {
    const root = keptBuild();
    expect(completeExport(root, 'out-subpath')).toBeUndefined();
    expect(completeExport(mkdtempSync(path.join(tmpdir(), 'finish-')), 'out')).toBeUndefined();
  });

  it('stops, and says the next build will be full, when the kept export has gone', () => {
    const root = keptBuild();
    const paths = statePaths(stateDir(root));
    writeFileSync(paths.previousRecord, 'damaged');
    expect(() => completeExport(root, 'out')).toThrow('the previous build, kept at the start, is gone from .next/incremental/; run `npm run build` again, which will build everything');
  });
});
