/** The build's last step: the copies of route data no page requests leave out/, and nothing else. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropUnusedPayloads } from '@/lib/export/unused-payloads';

let out = '';
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** A small export: two pages with their three kinds of route data, and a client script. */
function exportWith(script = 'const tree="/_tree";'): string {
  out = mkdtempSync(path.join(os.tmpdir(), 'export-'));
  for (const page of ['', 'entries/a']) {
    mkdirSync(path.join(out, page), { recursive: true });
    writeFileSync(path.join(out, page, 'index.html'), '<html></html>');
    writeFileSync(path.join(out, page, 'index.txt'), `payload of /${page}`);
    writeFileSync(path.join(out, page, '__next._full.txt'), `payload of /${page}`);
    writeFileSync(path.join(out, page, '__next._tree.txt'), 'tree');
  }
  mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true });
  writeFileSync(path.join(out, '_next/static/chunks/app.js'), script);
  return out;
}

describe('dropping unused route data', () => {
  it('removes every __next._full.txt and keeps index.txt and the segment files', () => {
    const dir = exportWith();
    expect(dropUnusedPayloads(dir)).toEqual({ files: 2, bytes: 'payload of /'.length + 'payload of /entries/a'.length });
    for (const page of ['', 'entries/a']) {
      expect(existsSync(path.join(dir, page, '__next._full.txt'))).toBe(false);
      expect(existsSync(path.join(dir, page, 'index.txt'))).toBe(true);
      expect(existsSync(path.join(dir, page, '__next._tree.txt'))).toBe(true);
    }
  });

  it('removes nothing when the client code names the /_full segment, and says which file does', () => {
    const dir = exportWith('fetch(segment("/_full"))');
    expect(() => dropUnusedPayloads(dir)).toThrow(`_next/static/chunks/app.js names the "/_full" segment: this Next may request __next._full.txt, so no copy was removed`);
    expect(existsSync(path.join(dir, 'entries/a/__next._full.txt'))).toBe(true);
  });

  it('removes nothing when a copy differs from its page\'s index.txt', () => {
    const dir = exportWith();
    writeFileSync(path.join(dir, 'entries/a/__next._full.txt'), 'something else');
    expect(() => dropUnusedPayloads(dir)).toThrow('entries/a/__next._full.txt is not the same as entries/a/index.txt: no copy was removed');
    expect(existsSync(path.join(dir, '__next._full.txt'))).toBe(true);
  });
});
