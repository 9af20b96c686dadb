import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginBuild, planBuild } from '@/lib/export/incremental/build-mode';
import { codeFingerprint } from '@/lib/export/incremental/code-fingerprint';
import { folderStamp, readOutputsFile, readRenderPlan, statePaths, writeRecord, type OutputTable } from '@/lib/export/incremental/export-state';

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
  writeRecord(statePaths(root).record, { outDir: path.join(root, 'out'), fingerprint: codeFingerprint(root, env), outputs, stamp: folderStamp(path.join(root, 'out'))! });
  return root;
}

describe('beginBuild', () => {
  it('keeps the previous export, moved aside, when only the content changed', () => {
    const root = builtProject();
    write(root, 'content/entries/2020/a.mdx', 'changed');
    const start = beginBuild(root, 'out', env);
    expect(start.keep).toBe(true);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    expect(readdirSync(statePaths(root).previousExport)).toEqual(['entries']);
    // The record is spent: a build stopped from here on is followed by a full one.
    expect(existsSync(statePaths(root).record)).toBe(false);
  });

  it.each<[string, (root: string) => void, Record<string, string>?]>([
    ['no finished build is recorded', (root: string) => writeFileSync(statePaths(root).record, '{"outDir": 1}')],
    ['the code, its dependencies or the build settings changed', (root: string) => write(root, 'lib/a.ts', 'export const a = 2;')],
    ['out/ changed after the last build', (root: string) => write(root, 'out/extra.html')],
    ['FULL_BUILD is set', () => undefined, { FULL_BUILD: '1' }],
  ])('builds everything when %s', (reason, change, extra = {}) => {
    const root = builtProject();
    change(root);
    const start = beginBuild(root, 'out', { ...env, ...extra });
    expect(start).toMatchObject({ keep: false, reason });
    expect(existsSync(path.join(root, 'out/entries/a/index.html'))).toBe(true);
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
    expect(readdirSync(statePaths(root).previousExport)).toEqual(['entries']);
  });
});

describe('planBuild', () => {
  it('writes the plan of what changed, and says what it renders and keeps', () => {
    const root = builtProject();
    const start = beginBuild(root, 'out', env);
    const now: OutputTable = { '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/c': 'h3' } } };
    expect(planBuild(root, 'out', start, now)).toBe(
      'build: renders 1 of 2 pages and files of the dynamic routes (those changed or new), keeps the other 1 from the previous build and drops 1 no longer built',
    );
    expect(readRenderPlan(statePaths(root).renderPlan)).toEqual({ routes: { '/entries/[slug]': ['/entries/c'] } });
    expect(readOutputsFile(statePaths(root).outputs)?.outputs).toEqual(now);
  });

  it('writes no plan for a full build, and says why it renders everything', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mode-'));
    const start = beginBuild(root, 'out', env);
    expect(planBuild(root, 'out', start, outputs)).toBe('build: renders all 2 pages and files of the dynamic routes, as no finished build is recorded');
    expect(existsSync(statePaths(root).renderPlan)).toBe(false);
    expect(JSON.parse(readFileSync(statePaths(root).outputs, 'utf8')).outDir).toBe(path.join(root, 'out'));
  });
});
