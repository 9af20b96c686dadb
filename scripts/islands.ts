/**
 * `npm run islands`: bundles the islands' browser code (lib/islands/build-islands.ts) into
 * .generated/islands/. `npm run build` runs it before `next build`; `npm run dev` watches.
 */
import { buildIslands } from '../lib/islands/build-islands';

try {
  const started = performance.now();
  const manifest = await buildIslands(process.cwd());
  console.log(`islands: ${Object.keys(manifest).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`islands: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
