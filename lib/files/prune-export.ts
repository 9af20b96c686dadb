/**
 * Removes from a finished static export what no page can ask for. `out/_next/data/` holds the
 * props of Pages Router pages, which Next writes for client-side navigation between them; the
 * only such pages, entry pages, are built without React's runtime (pages/entries/[slug].tsx), so
 * nothing ever fetches those files. Each carries the entry's whole article again, so keeping them
 * would double the entries' share of `out/`.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .reduce((sum, item) => sum + statSync(path.join(item.parentPath, item.name)).size, 0);
}

/** Prunes `outDir` and says how many bytes went; a folder without page data is left as it is. */
export function pruneExport(outDir: string): { bytes: number } {
  const data = path.join(outDir, '_next', 'data');
  if (!existsSync(data)) return { bytes: 0 };
  const bytes = folderBytes(data);
  rmSync(data, { recursive: true, force: true });
  return { bytes };
}
