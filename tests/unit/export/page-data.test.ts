import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropPageData } from '@/lib/export/page-data';

/** A project folder with an export holding one page and its page data, and a `.next/`. */
function project(): { out: string; next: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'prune-'));
  const out = path.join(root, 'out');
  mkdirSync(path.join(out, '_next', 'data', 'build-id', 'entries'), { recursive: true });
  writeFileSync(path.join(out, '_next', 'data', 'build-id', 'entries', 'a.json'), '{"pageProps":{}}');
  mkdirSync(path.join(out, 'entries', 'a'), { recursive: true });
  writeFileSync(path.join(out, 'entries', 'a', 'index.html'), '<h1>A</h1>');
  return { out, next: path.join(root, '.next') };
}

describe('dropPageData', () => {
  it('takes the Pages Router page data out of the export and says how many bytes went, leaving the pages', () => {
    const { out, next } = project();
    expect(dropPageData(out, next)).toEqual({ bytes: '{"pageProps":{}}'.length });
    expect(existsSync(path.join(out, '_next', 'data'))).toBe(false);
    expect(readFileSync(path.join(out, 'entries', 'a', 'index.html'), 'utf8')).toBe('<h1>A</h1>');
  });

  it('sets the data aside in the folder the next build clears, rather than deleting it file by file', () => {
    const { out, next } = project();
    dropPageData(out, next);
    const [aside, ...more] = readdirSync(next);
    expect(more).toEqual([]);
    expect(aside).toMatch(/^dropped-page-data-\d+$/);
    expect(readFileSync(path.join(next, aside!, 'build-id', 'entries', 'a.json'), 'utf8')).toBe('{"pageProps":{}}');
  });

  it('deletes the data when it cannot be set aside there', () => {
    const { out, next } = project();
    writeFileSync(next, 'a file where the folder should be');
    expect(dropPageData(out, next)).toEqual({ bytes: '{"pageProps":{}}'.length });
    expect(existsSync(path.join(out, '_next', 'data'))).toBe(false);
  });

  it('leaves a folder without page data as it is', () => {
    const { out, next } = project();
    dropPageData(out, next);
    expect(dropPageData(out, next)).toEqual({ bytes: 0 });
  });
});
