/**
 * A throwaway copy of the project for a benchmark build: everything but generated folders and
 * content/, with another content folder in its place. The real content/, .next/, .generated/
 * and out/ are never written.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Folders that a build writes or that a copy does not need. */
const LEFT_OUT = new Set(['node_modules', '.next', 'out', 'out-subpath', '.git', '.bench', 'content', '.generated', '.contentlayer', 'test-results']);

/** Copies the project at `root` to `dest` (emptied first) with `contentDir` as its content/. */
export function copyProject(root: string, dest: string, contentDir: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (LEFT_OUT.has(entry) || entry.startsWith('.vitest-')) continue;
    cpSync(path.join(root, entry), path.join(dest, entry), { recursive: true });
  }
  cpSync(contentDir, path.join(dest, 'content'), { recursive: true });
  // Hard links: the copy costs no disk space and stays inside the build's root, which Turbopack
  // requires; a node_modules that is a link to another checkout is followed, not copied as a link.
  execFileSync('cp', ['-al', realpathSync(path.join(root, 'node_modules')), path.join(dest, 'node_modules')], { timeout: 600_000 });
}
