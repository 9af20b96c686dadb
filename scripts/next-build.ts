/**
 * The second step of `npm run build`: `next build`, pointed by INCREMENTAL_BUILD at the build the
 * first step began, so that the dynamic routes hash their outputs and, when the previous export
 * is kept, render only what changed (lib/export/incremental/render-plan.ts); and given a build ID
 * drawn from the code, so that two builds of the same code write the same files (next.config.mjs).
 */
import { spawnSync } from 'node:child_process';
import { readBuildState, stateDir, statePaths } from '../lib/export/incremental/export-state';

const dir = stateDir(process.cwd());
const env: NodeJS.ProcessEnv = { ...process.env };
const build = readBuildState(statePaths(dir).build);
if (build) {
  env.INCREMENTAL_BUILD = dir;
  env.EXPORT_BUILD_ID = build.fingerprint.slice(0, 20);
}
const result = spawnSync('next', ['build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (result.error) console.error(`next-build: cannot start \`next build\`: ${result.error.message}`);
process.exit(result.status ?? 1);
