/**
 * `npm run build:subpath`: builds the site a second time as if served under a path prefix
 * (SITE_URL https://example.org/tracker) into out-subpath/, for the test that every internal
 * link resolves under the prefix. Needs the content step's output (`npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { clearBuildOutputs } from '../lib/export/clear-outputs';
import { SUBPATH_OUT, SUBPATH_SITE_URL } from '../tests/support/subpath';

const env = { ...process.env, SITE_URL: SUBPATH_SITE_URL, OUT_DIR: SUBPATH_OUT, NEXT_TELEMETRY_DISABLED: '1' };
// The same steps as `npm run build` after the content: .next/ and the export folder cleared (Next
// does not clear them: next.config.mjs), the islands, next build, then the export trimmed.
await clearBuildOutputs(process.cwd(), SUBPATH_OUT);
for (const command of [['tsx', 'scripts/islands.ts'], ['next', 'build'], ['tsx', 'scripts/trim-export.ts']]) {
  const result = spawnSync('npx', command, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
