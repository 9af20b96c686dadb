/**
 * What a build wrote to out/: total size and file count, the largest HTML page of each page type
 * with its gzipped size, and the route payload files (`.txt`) that Next's links prefetch.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Page types by where their HTML lives in out/ (paths relative to out/, with `/`). */
export const PAGE_TYPES: readonly { type: string; matches: (file: string) => boolean }[] = [
  { type: 'home', matches: (file) => file === 'index.html' },
  { type: 'timeline', matches: (file) => file === 'timeline/index.html' },
  { type: 'timeline year', matches: (file) => /^timeline\/\d{4}\/(\d+\/)?index\.html$/.test(file) },
  { type: 'status', matches: (file) => file === 'status/index.html' },
  { type: 'search', matches: (file) => file === 'search/index.html' },
  { type: 'entry', matches: (file) => /^entries\/[^/]+\/index\.html$/.test(file) },
  { type: 'entity', matches: (file) => /^entities\/[^/]+\/index\.html$/.test(file) },
  { type: 'entity list', matches: (file) => /^entities\/[^/]+\/page\/\d+\/index\.html$/.test(file) },
  { type: 'data', matches: (file) => file === 'data/index.html' },
  { type: 'coverage', matches: (file) => file === 'coverage/index.html' },
  { type: 'about', matches: (file) => file === 'about/index.html' },
];

export interface LargestPage {
  file: string;
  bytes: number;
  gzBytes: number;
  /** How many pages of this type there are. */
  count: number;
}

export interface OutStats {
  bytes: number;
  files: number;
  pages: Map<string, LargestPage>;
  payloads: { bytes: number; files: number; largest: number };
}

/** Every file under `dir`, relative to it, with `/` between folders. */
export function listFiles(dir: string, prefix = ''): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), relative);
    return [{ file: relative, bytes: statSync(path.join(dir, entry.name)).size }];
  });
}

export function outStats(out: string): OutStats {
  const files = listFiles(out);
  const pages = new Map<string, LargestPage>();
  for (const { type, matches } of PAGE_TYPES) {
    const ofType = files.filter(({ file }) => matches(file));
    if (ofType.length === 0) continue;
    const largest = ofType.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const gzBytes = gzipSync(readFileSync(path.join(out, largest.file)), { level: 9 }).length;
    pages.set(type, { file: largest.file, bytes: largest.bytes, gzBytes, count: ofType.length });
  }
  // robots.txt is a text file for crawlers, not a route payload.
  const payloads = files.filter(({ file }) => file.endsWith('.txt') && file !== 'robots.txt');
  return {
    bytes: files.reduce((total, { bytes }) => total + bytes, 0),
    files: files.length,
    pages,
    payloads: {
      bytes: payloads.reduce((total, { bytes }) => total + bytes, 0),
      files: payloads.length,
      largest: Math.max(0, ...payloads.map(({ bytes }) => bytes)),
    },
  };
}
