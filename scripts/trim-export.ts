/**
 * The last step of `npm run build`: removes from the static export what the browser never
 * requests: the copies of route data (lib/export/unused-payloads.ts) and the Pages Router's page
 * data (lib/export/page-data.ts). OUT_DIR names another export folder.
 */
import path from 'node:path';
import { dropPageData } from '../lib/export/page-data';
import { dropUnusedPayloads, UNUSED_PAYLOAD } from '../lib/export/unused-payloads';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
try {
  const { files, bytes } = dropUnusedPayloads(out);
  console.log(`removed ${files.toLocaleString('en')} copies of route data no page requests (${UNUSED_PAYLOAD}): ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  const pageData = dropPageData(out);
  console.log(`removed the Pages Router's page data, which no page loads (_next/data): ${(pageData.bytes / 1024 / 1024).toFixed(1)} MB`);
} catch (error) {
  console.error(`trim-export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
