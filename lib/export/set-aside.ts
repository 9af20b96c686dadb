/**
 * Puts a folder the build no longer needs into `.next/` under a new name, for the next build's
 * first step to clear with the rest (lib/export/clear-outputs.ts): a rename costs nothing now,
 * while deleting thousands of files would hold up the build. Where the rename fails (another
 * disk, say), the folder is deleted at once.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Moves `folder` into `nextDir` as `dropped-<label>-<time>`, or deletes it when it cannot be moved. */
export function setAside(folder: string, nextDir: string, label: string): void {
  try {
    mkdirSync(nextDir, { recursive: true });
    renameSync(folder, path.join(nextDir, `dropped-${label}-${Date.now()}`));
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}
