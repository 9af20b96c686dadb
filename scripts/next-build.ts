/**
 * The second step of `npm run build`: `next build`, told by RENDER_PLAN which outputs of the
 * dynamic routes to render when the first step kept the previous export
 * (lib/export/incremental/render-plan.ts), and given a build ID drawn from the code, so that two
 * builds of the same code write the same files (next.config.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readOutputsFile, statePaths } from '../lib/export/incremental/export-state';

const paths = statePaths(process.cwd());
const env: NodeJS.ProcessEnv = { ...process.env };
const outputs = readOutputsFile(paths.outputs);
if (outputs) env.EXPORT_BUILD_ID = outputs.fingerprint.slice(0, 20);
if (existsSync(paths.renderPlan)) env.RENDER_PLAN = paths.renderPlan;
const result = spawnSync('next', ['build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (result.error) console.error(`next-build: cannot start \`next build\`: ${result.error.message}`);
process.exit(result.status ?? 1);
