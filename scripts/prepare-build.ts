/**
 * The first step of `npm run build`: the checker (`npm run check`), the content step (`npm run
 * content`) and the islands' bundles (`npm run islands`) run at the same time, while the previous
 * build's `.next/` and `out/` are cleared (lib/export/clear-outputs.ts). None needs what another
 * makes (the checker and the content step share only the body-facts store, which each replaces
 * whole and atomically), and each keeps one core busy: one after another they took 26 to 30 s of a rebuild
 * at 10,000 entries (bench:build). What they print comes out as if they had run in turn, the
 * checker's first, and the build stops at the first that fails (lib/build/parallel-steps.ts).
 *
 * When the previous build's export can be kept (same code and settings, its folder untouched;
 * lib/export/incremental/build-mode.ts), it is moved aside instead of cleared: `next build` then
 * renders only the pages and files whose hash changed, and the last step (scripts/trim-export.ts)
 * brings the others back. OUT_DIR names another export folder.
 */
import { firstFailure, runStepsInParallel } from '../lib/build/parallel-steps';
import { formatStepSummary } from '../lib/build/step-summary';
import { clearBuildOutputs } from '../lib/export/clear-outputs';
import { beginBuild, describeStart } from '../lib/export/incremental/build-mode';

const root = process.cwd();
const started = performance.now();
const outDir = process.env.OUT_DIR || 'out';
const start = beginBuild(root, outDir);
// Settled at once (never left rejected while the steps run), read once they have ended.
const cleared = clearBuildOutputs(root, start.keep ? undefined : outDir).then(
  () => ({ ms: performance.now() - started }),
  (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
);
const npmStep = (name: string) => ({ name, command: 'npm', args: ['run', '--silent', name] });
// The content step is the longest, and `next build` waits for it; the checker, which nothing
// waits for until the end of this step, gives way to it when they compete for the cores.
const outcomes = await runStepsInParallel([{ ...npmStep('check'), nice: 10 }, npmStep('content'), npmStep('islands')], { cwd: root, env: process.env });
// Awaited even when a step failed (its output is already printed), so that no half-cleared
// .next/ is left behind.
const clearing = await cleared;
const failed = firstFailure(outcomes);
if (failed) process.exit(failed.exitCode ?? 1);
if ('error' in clearing) {
  console.error(`build: cannot clear the previous build from .next/ and ${outDir}/: ${clearing.error}`);
  process.exit(1);
}
console.log(formatStepSummary({ steps: outcomes.map(({ name, ms }) => ({ name, ms })), clearMs: clearing.ms, totalMs: performance.now() - started }));
console.log(describeStart(start, outDir));
