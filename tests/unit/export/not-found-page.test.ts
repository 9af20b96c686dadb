import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeNotFoundPage } from '@/lib/export/not-found-page';

function exportFolder(withPage: boolean): string {
  const out = mkdtempSync(path.join(tmpdir(), 'not-found-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  };
  write('404.html', '<h1>404: This page could not be found.</h1>');
  write('404/index.html', '<h1>404: This page could not be found.</h1>');
  write('_not-found/index.txt', 'route data');
  if (withPage) write('not-found/index.html', '<h1>Page not found</h1>');
  return out;
}

describe('placeNotFoundPage', () => {
  it('puts the site\'s 404 page where hosts look, and leaves no page at /not-found/ nor Next\'s copy', () => {
    const out = exportFolder(true);
    placeNotFoundPage(out);
    expect(readFileSync(path.join(out, '404.html'), 'utf8')).toBe('<h1>Page not found</h1>');
    expect(readFileSync(path.join(out, '404', 'index.html'), 'utf8')).toBe('<h1>Page not found</h1>');
    expect(existsSync(path.join(out, 'not-found'))).toBe(false);
    expect(existsSync(path.join(out, '_not-found'))).toBe(false);
  });

  it('stops the build, naming the missing page and where it comes from', () => {
    expect(() => placeNotFoundPage(exportFolder(false))).toThrow('not-found/index.html is missing from the export: pages/not-found.tsx should build it, to become 404.html');
  });
});
