/**
 * The last step of `npm run build`. When the first step kept the previous export, the pages and
 * files that did not change come back from it (lib/export/incremental/finish-build.ts). Then the
 * site's 404 page is put where hosts look for it (lib/export/not-found-page.ts), what the browser
 * never requests is removed from the export, the Pages Router's page data
 * (lib/export/page-data.ts), set aside in .next/ for the next build's first step to clear, and
 * the finished export is recorded for the next build. OUT_DIR names another export folder.
 */
import path from 'node:path';
import { completeExport, describeExport, recordExport } from '../lib/export/incremental/finish-build';
import { placeNotFoundPage } from '../lib/export/not-found-page';
import { dropPageData } from '../lib/export/page-data';

const root = process.cwd();
const outDir = process.env.OUT_DIR || 'out';
const out = path.resolve(root, outDir);
try {
  const completed = completeExport(root, outDir);
  if (completed) console.log(describeExport(completed));
  placeNotFoundPage(out);
  console.log('put the site\'s 404 page (pages/not-found.tsx) at 404.html and 404/index.html');
  const pageData = dropPageData(out, path.join(root, '.next'));
  console.log(`removed the Pages Router's page data, which no page loads (_next/data): ${(pageData.bytes / 1024 / 1024).toFixed(1)} MB`);
  if (completed) recordExport(root, outDir, completed);
} catch (error) {
  console.error(`trim-export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
