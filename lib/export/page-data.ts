/**
 * Removes from a finished static export what no page can ask for. `out/_next/data/` holds the
 * props of Pages Router pages, which Next writes for client-side navigation between them; every
 * page is built without React's runtime (components/static-page.tsx), so nothing ever fetches
 * those files. Each carries the page's whole HTML again, so keeping them would double `out/`.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .reduce((sum, item) => sum + statSync(path.join(item.parentPath, item.name)).size, 0);
}

/** Removes `outDir`'s page data and says how many bytes went; a folder without any is left as it is. */
export function dropPageData(outDir: string): { bytes: number } {
  const data = path.join(outDir, '_next', 'data');
  if (!existsSync(data)) return { bytes: 0 };
  const bytes = folderBytes(data);
  rmSync(data, { recursive: true, force: true });
  return { bytes };
}
