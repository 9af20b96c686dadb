/**
 * Removes from a finished static export what no page can ask for. `out/_next/data/` holds the
 * props of Pages Router pages, which Next writes for client-side navigation between them; every
 * page is built without React's runtime (components/static-page.tsx), so nothing ever fetches
 * those files. Each carries the page's whole HTML again, so keeping them would double `out/`.
 *
 * The folder is moved into `.next/` rather than deleted file by file: deleting 10,000 files took
 * 4 to 5 s at the end of every build at 10,000 entries, and the next build's first step clears
 * `.next/` anyway, while the checker runs (lib/export/clear-outputs.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { setAside } from './set-aside';

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .reduce((sum, item) => sum + statSync(path.join(item.parentPath, item.name)).size, 0);
}

/**
 * Takes `outDir`'s page data out of the export and says how many bytes went; a folder without
 * any is left as it is. The data goes into `setAsideIn` (a folder the next build clears) when it
 * can be moved there, and is deleted otherwise (another disk, say).
 */
export function dropPageData(outDir: string, setAsideIn: string): { bytes: number } {
  const data = path.join(outDir, '_next', 'data');
  if (!existsSync(data)) return { bytes: 0 };
  const bytes = folderBytes(data);
  setAside(data, setAsideIn, 'page-data');
  return { bytes };
}
