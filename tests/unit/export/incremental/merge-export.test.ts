import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputTable } from '@/lib/export/incremental/export-state';
import { keepUnchanged } from '@/lib/export/incremental/merge-export';

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const outputs: OutputTable = {
  '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1', '/entries/b': 'h2' } },
  '/entities/[slug]/feed.xml': { kind: 'file', outputs: { '/entities/amazon/feed.xml': 'f1' } },
};

describe('keepUnchanged', () => {
  it('moves each output the build did not render from the previous export into the new one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'merge-'));
    const previous = path.join(root, 'previous');
    const out = path.join(root, 'out');
    write(previous, 'entries/a/index.html', 'old a');
    write(previous, 'entries/b/index.html', 'old b');
    write(previous, 'entities/amazon/feed.xml', 'old feed');
    write(previous, 'entries/gone/index.html', 'no longer built');
    write(out, 'entries/b/index.html', 'new b');
    const { kept } = keepUnchanged(previous, out, outputs, { routes: { '/entries/[slug]': ['/entries/b'], '/entities/[slug]/feed.xml': [] } });
    expect(kept).toBe(2);
    expect(readFileSync(path.join(out, 'entries/a/index.html'), 'utf8')).toBe('old a');
    expect(readFileSync(path.join(out, 'entries/b/index.html'), 'utf8')).toBe('new b');
    expect(readFileSync(path.join(out, 'entities/amazon/feed.xml'), 'utf8')).toBe('old feed');
    expect(existsSync(path.join(out, 'entries/gone/index.html'))).toBe(false);
  });

  it('keeps the new copy of an output Next rendered although the plan kept it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'merge-'));
    write(path.join(root, 'previous'), 'entries/a/index.html', 'old a');
    write(path.join(root, 'out'), 'entries/a/index.html', 'new a');
    const only: OutputTable = { '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1' } } };
    expect(keepUnchanged(path.join(root, 'previous'), path.join(root, 'out'), only, { routes: { '/entries/[slug]': [] } }).kept).toBe(0);
    expect(readFileSync(path.join(root, 'out/entries/a/index.html'), 'utf8')).toBe('new a');
  });

  it('stops, naming the file, when the previous export lacks an output it should keep', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'merge-'));
    mkdirSync(path.join(root, 'previous'));
    const only: OutputTable = { '/entries/[slug]': { kind: 'page', outputs: { '/entries/a': 'h1' } } };
    expect(() => keepUnchanged(path.join(root, 'previous'), path.join(root, 'out'), only, { routes: { '/entries/[slug]': [] } })).toThrow(
      'the previous export has no entries/a/index.html (/entries/[slug]) to keep; run `npm run build` again, which will build everything',
    );
  });
});
