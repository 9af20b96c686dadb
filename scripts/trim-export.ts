/**
 * The last step of `npm run build`: the site's 404 page put where hosts look for it
 * (lib/export/not-found-page.ts), and what the browser never requests removed from the export,
 * the Pages Router's page data (lib/export/page-data.ts), set aside in .next/ for the next build's
 * first step to clear. OUT_DIR names another export folder.
 */
import path from 'node:path';
import { placeNotFoundPage } from '../lib/export/not-found-page';
import { dropPageData } from '../lib/export/page-data';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
try {
  placeNotFoundPage(out);
  console.log('put the site\'s 404 page (pages/not-found.tsx) at 404.html and 404/index.html');
  const pageData = dropPageData(out, path.resolve('.next'));
  console.log(`removed the Pages Router's page data, which no page loads (_next/data): ${(pageData.bytes / 1024 / 1024).toFixed(1)} MB`);
} catch (error) {
  console.error(`trim-export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
