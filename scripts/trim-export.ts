/**
 * The last step of `npm run build`: removes from the static export the copies of route data the
 * browser never requests (lib/export/unused-payloads.ts). OUT_DIR names another export folder.
 */
import path from 'node:path';
import { dropUnusedPayloads, UNUSED_PAYLOAD } from '../lib/export/unused-payloads';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
try {
  const { files, bytes } = dropUnusedPayloads(out);
  console.log(`removed ${files.toLocaleString('en')} copies of route data no page requests (${UNUSED_PAYLOAD}): ${(bytes / 1024 / 1024).toFixed(1)} MB`);
} catch (error) {
  console.error(`trim-export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
