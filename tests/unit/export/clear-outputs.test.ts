import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearBuildOutputs } from '@/lib/export/clear-outputs';

function write(root: string, file: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), file);
}

describe('clearBuildOutputs', () => {
  it('empties .next/ but for what Next keeps (its caches), and removes the export folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'clear-'));
    for (const file of ['.next/server/pages/entries/a.html', '.next/static/chunks/old.js', '.next/BUILD_ID', '.next/dropped-page-data-1/a.json', '.next/cache/images/x', '.next/trace', 'out/index.html', 'out/_next/static/a.js', 'content/entries/a.mdx']) write(root, file);
    await clearBuildOutputs(root, 'out');
    expect(readdirSync(path.join(root, '.next')).sort()).toEqual(['cache', 'trace']);
    expect(existsSync(path.join(root, '.next/cache/images/x'))).toBe(true);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    expect(existsSync(path.join(root, 'content/entries/a.mdx'))).toBe(true);
  });

  it('clears another export folder when named, leaving out/ alone', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'clear-'));
    for (const file of ['out/index.html', 'out-subpath/index.html']) write(root, file);
    await clearBuildOutputs(root, 'out-subpath');
    expect(existsSync(path.join(root, 'out-subpath'))).toBe(false);
    expect(existsSync(path.join(root, 'out/index.html'))).toBe(true);
  });

  it('does nothing on a first build, with neither folder there', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'clear-'));
    await clearBuildOutputs(root, 'out');
    expect(readdirSync(root)).toEqual([]);
  });
});
