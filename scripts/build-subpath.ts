/**
 * `npm run build:subpath`: builds the site a second time as if served under a path prefix
 * (SITE_URL https://example.org/tracker) into out-subpath/, for the test that every internal
 * link resolves under the prefix. Needs the content step's output (`npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { pruneExport } from '../lib/files/prune-export';
import { SUBPATH_OUT, SUBPATH_SITE_URL } from '../tests/support/subpath';

const result = spawnSync('npx', ['next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: SUBPATH_SITE_URL, OUT_DIR: SUBPATH_OUT, NEXT_TELEMETRY_DISABLED: '1' },
});
if (result.status === 0) pruneExport(SUBPATH_OUT);
process.exit(result.status ?? 1);
