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
 * lib/export/incremental/build-mode.ts), it is moved aside instead of cleared. Then every output
 * of the dynamic routes is hashed, in two processes (`npm run hash-outputs`), and the build
 * renders only those whose hash changed; its last step (scripts/trim-export.ts) brings the others
 * back. OUT_DIR names another export folder.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstFailure, runStepsInParallel } from '../lib/build/parallel-steps';
import { formatStepSummary } from '../lib/build/step-summary';
import { clearBuildOutputs } from '../lib/export/clear-outputs';
import { beginBuild, planBuild } from '../lib/export/incremental/build-mode';
import { stateDir } from '../lib/export/incremental/export-state';
import { joinOutputParts } from '../lib/export/incremental/output-parts';

const root = process.cwd();
const started = performance.now();
const outDir = process.env.OUT_DIR || 'out';
const start = beginBuild(root, outDir);
// Settled at once (never left rejected while the steps run), read once they have ended.
const cleared = clearBuildOutputs(root, start.keep ? undefined : outDir).then(
  () => ({ ms: performance.now() - started }),
  (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
);
const npmStep = (name: string, args: string[] = []) => ({ name, command: 'npm', args: ['run', '--silent', name, ...(args.length ? ['--', ...args] : [])] });
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

// Every output of the dynamic routes hashed, half in each of two processes.
const hashingStarted = performance.now();
const parts = os.availableParallelism() > 1 ? 2 : 1;
const partFile = (index: number) => path.join(stateDir(root), `outputs-part-${index + 1}.json`);
mkdirSync(stateDir(root), { recursive: true });
const hashing = await runStepsInParallel(
  Array.from({ length: parts }, (_, index) => ({ ...npmStep('hash-outputs', ['--part', `${index + 1}/${parts}`, '--out', partFile(index)]), name: `hash-outputs ${index + 1}/${parts}` })),
  { cwd: root, env: process.env },
);
const hashFailed = firstFailure(hashing);
if (hashFailed) process.exit(hashFailed.exitCode ?? 1);
const outputs = joinOutputParts(hashing.map((_, index) => JSON.parse(readFileSync(partFile(index), 'utf8'))));
for (let index = 0; index < parts; index += 1) rmSync(partFile(index));
console.log(`${planBuild(root, outDir, start, outputs)} (hashed in ${((performance.now() - hashingStarted) / 1000).toFixed(1)} s)`);
