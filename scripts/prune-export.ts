/**
 * The last step of `npm run build`: removes what no page of the export asks for (see
 * lib/files/prune-export.ts). OUT_DIR names another export folder, as it does for next.config.mjs.
 */
import { pruneExport } from '../lib/files/prune-export';

const outDir = process.env.OUT_DIR || 'out';
const { bytes } = pruneExport(outDir);
console.log(`Pruned ${outDir}/: removed ${(bytes / 1e6).toFixed(1)} MB of page data no page loads.`);
