/**
 * The first step of `npm run build`: the checker (`npm run check`), the content step (`npm run
 * content`) and the islands' bundles (`npm run islands`) run at the same time, while the previous
 * build's `.next/` and `out/` are cleared (lib/export/clear-outputs.ts). None needs what another
 * makes (the checker and the content step share only the body-facts store, which each replaces
 * whole and atomically), and each keeps one core busy: one after another they took 26 to 30 s of a rebuild
 * at 10,000 entries (bench:build). What they print comes out as if they had run in turn, the
 * checker's first, and the build stops at the first that fails (lib/build/parallel-steps.ts).
 * OUT_DIR names another export folder.
 */
import { firstFailure, runStepsInParallel } from '../lib/build/parallel-steps';
import { formatStepSummary } from '../lib/build/step-summary';
import { clearBuildOutputs } from '../lib/export/clear-outputs';

const root = process.cwd();
const started = performance.now();
const outDir = process.env.OUT_DIR ?? 'out';
// Settled at once (never left rejected while the steps run), read once they have ended.
const cleared = clearBuildOutputs(root, outDir).then(
  () => ({ ms: performance.now() - started }),
  (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
);
const npmStep = (name: string) => ({ name, command: 'npm', args: ['run', '--silent', name] });
const outcomes = await runStepsInParallel([npmStep('check'), npmStep('content'), npmStep('islands')], { cwd: root, env: process.env });
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
