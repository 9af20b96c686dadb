/**
 * Route data the browser never asks for, removed from a static export after `next build`.
 *
 * Next 16 writes each page's route data (the React Server Components payload) three times:
 * `index.txt`, which the client router fetches to navigate to a page it has not prefetched;
 * one file per segment (`__next._tree.txt`, `__next.<segment>.__PAGE__.txt`), which it fetches
 * to prefetch; and `__next._full.txt`, byte for byte the same as `index.txt`, which the client
 * router of a static export never requests (it serves Next's own server, which reads it by
 * segment path `/_full`). Measured in Chromium on this site (navigating, prefetching on hover
 * and on screen, going back): no request for it. Dropping it takes a third of the route data
 * out of `out/`.
 *
 * Should a later Next ask for it, its client code would name the segment: the step refuses to
 * remove anything when any client script in the export holds `/_full`, or when a copy is not
 * the same as its page's `index.txt`.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const UNUSED_PAYLOAD = '__next._full.txt';

export interface Dropped {
  files: number;
  bytes: number;
}

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

function clientScripts(out: string): string[] {
  const dir = path.join(out, '_next', 'static');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(dir, file));
}

/** Removes every `__next._full.txt` under `out`; throws (removing nothing) when it may be used. */
export function dropUnusedPayloads(out: string): Dropped {
  const asking = clientScripts(out).filter((file) => /["'`]\/_full["'`]/.test(readFileSync(file, 'utf8')));
  if (asking.length > 0) {
    throw new Error(`${path.relative(out, asking[0]!)} names the "/_full" segment: this Next may request ${UNUSED_PAYLOAD}, so no copy was removed`);
  }
  const copies = filesNamed(out, UNUSED_PAYLOAD);
  for (const copy of copies) {
    const index = path.join(path.dirname(copy), 'index.txt');
    let same = false;
    try {
      same = readFileSync(index).equals(readFileSync(copy));
    } catch {
      same = false;
    }
    if (!same) throw new Error(`${path.relative(out, copy)} is not the same as ${path.relative(out, index)}: no copy was removed`);
  }
  let bytes = 0;
  for (const copy of copies) {
    bytes += statSync(copy).size;
    rmSync(copy);
  }
  return { files: copies.length, bytes };
}
