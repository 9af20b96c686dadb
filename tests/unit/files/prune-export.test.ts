import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneExport } from '@/lib/files/prune-export';

function exportFolder(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'prune-'));
  mkdirSync(path.join(out, '_next', 'data', 'build-id', 'entries'), { recursive: true });
  writeFileSync(path.join(out, '_next', 'data', 'build-id', 'entries', 'a.json'), '{"pageProps":{}}');
  mkdirSync(path.join(out, 'entries', 'a'), { recursive: true });
  writeFileSync(path.join(out, 'entries', 'a', 'index.html'), '<h1>A</h1>');
  return out;
}

describe('pruneExport', () => {
  it('removes the Pages Router page data and says how many bytes went, leaving the pages', () => {
    const out = exportFolder();
    expect(pruneExport(out)).toEqual({ bytes: '{"pageProps":{}}'.length });
    expect(existsSync(path.join(out, '_next', 'data'))).toBe(false);
    expect(existsSync(path.join(out, 'entries', 'a', 'index.html'))).toBe(true);
  });

  it('leaves a folder without page data as it is', () => {
    const out = exportFolder();
    pruneExport(out);
    expect(pruneExport(out)).toEqual({ bytes: 0 });
  });
});
