import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginBuild, describeStart } from '@/lib/export/incremental/build-mode';
import { codeFingerprint } from '@/lib/export/incremental/code-fingerprint';
import { folderStamp, readBuildState, stateDir, statePaths, writeRecord, type OutputTable } from '@/lib/export/incremental/export-state';

const env = { SITE_URL: 'https://example.org' };
const outputs: OutputTable = { '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'h2' } } };

function write(root: string, file: string, text = file): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A project whose last build finished into out/ and was recorded. */
function builtProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mode-'));
  write(root, 'lib/a.ts', 'export const a = 1;');
  write(root, 'content/entries/2020/a.mdx');
  write(root, 'out/entries/a/index.html');
  writeRecord(statePaths(stateDir(root)).record, { outDir: path.join(root, 'out'), fingerprint: codeFingerprint(root, env), outputs, stamp: folderStamp(path.join(root, 'out'))! });
  return root;
}

describe('beginBuild', () => {
  it('keeps the previous export, moved aside, when only the content changed', () => {
    const root = builtProject();
    write(root, 'content/entries/2020/a.mdx', 'changed');
    const start = beginBuild(root, 'out', env);
    expect(start.keep).toBe(true);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    expect(readdirSync(statePaths(stateDir(root)).previousExport)).toEqual(['entries']);
    // The record moves beside it: a build stopped from here on is followed by a full one.
    expect(existsSync(statePaths(stateDir(root)).record)).toBe(false);
    expect(existsSync(statePaths(stateDir(root)).previousRecord)).toBe(true);
    expect(readBuildState(statePaths(stateDir(root)).build)).toEqual({ outDir: path.join(root, 'out'), fingerprint: codeFingerprint(root, env), keep: true });
    expect(describeStart(start, 'out')).toBe("build: renders only the pages and files that changed, and keeps the rest from the previous build's out/");
  });

  it.each<[string, (root: string) => void, Record<string, string>?]>([
    ['no finished build is recorded', (root: string) => writeFileSync(statePaths(stateDir(root)).record, '{"outDir": 1}')],
    ['the code, its dependencies or the build settings changed', (root: string) => write(root, 'lib/a.ts', 'export const a = 2;')],
    ['out/ changed after the last build', (root: string) => write(root, 'out/extra.html')],
    ['FULL_BUILD is set', () => undefined, { FULL_BUILD: '1' }],
  ])('builds everything when %s', (reason, change, extra = {}) => {
    const root = builtProject();
    change(root);
    const start = beginBuild(root, 'out', { ...env, ...extra });
    expect(start).toMatchObject({ keep: false, reason });
    expect(describeStart(start, 'out')).toBe(`build: renders every page and file, as ${reason}`);
    expect(existsSync(path.join(root, 'out/entries/a/index.html'))).toBe(true);
    expect(existsSync(statePaths(stateDir(root)).record)).toBe(false);
    expect(readBuildState(statePaths(stateDir(root)).build)?.keep).toBe(false);
  });

  it('builds everything when another export folder was built last, or the settings differ', () => {
    const root = builtProject();
    expect(beginBuild(root, 'out-subpath', env)).toMatchObject({ keep: false, reason: `the last build wrote ${path.join(root, 'out')}` });
    const again = builtProject();
    expect(beginBuild(again, 'out', { SITE_URL: 'https://example.org/tracker' })).toMatchObject({ keep: false });
  });

  it('notices out/ replaced by another build even with the same names inside', () => {
    const root = builtProject();
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(root, 'out'), later, later);
    expect(beginBuild(root, 'out', env)).toMatchObject({ keep: false, reason: 'out/ changed after the last build' });
  });

  it('sets aside an export a stopped build had moved aside, for the clearing', () => {
    const root = builtProject();
    write(root, '.next/incremental/previous-export/stale.html');
    beginBuild(root, 'out', env);
    expect(readdirSync(path.join(root, '.next')).some((name) => name.startsWith('dropped-previous-export-'))).toBe(true);
    expect(readdirSync(statePaths(stateDir(root)).previousExport)).toEqual(['entries']);
  });
});

