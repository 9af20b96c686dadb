/**
 * The end of a build, before the export is trimmed: when the first step kept the previous
 * export, the outputs `next build` did not render come back from it (merge-export.ts); then the
 * build's record is written for the next build (export-state.ts), once the export is complete.
 */
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { folderStamp, readOutputsFile, readRenderPlan, removeState, statePaths, writeRecord, type OutputsFile } from './export-state';
import { keepUnchanged } from './merge-export';

/**
 * Brings back what the build kept from the previous export into `outDir`. Returns this build's
 * outputs (to record once the export is finished) and how many were kept, or undefined when the
 * first step recorded none for `outDir` (`npm run build:subpath`, or `next build` run by hand).
 */
export function completeExport(root: string, outDir: string): { outputs: OutputsFile; kept: number } | undefined {
  const paths = statePaths(root);
  const outputs = readOutputsFile(paths.outputs);
  if (!outputs || outputs.outDir !== path.resolve(root, outDir)) return undefined;
  const plan = readRenderPlan(paths.renderPlan);
  if (!plan || !existsSync(paths.previousExport)) return { outputs, kept: 0 };
  const { kept } = keepUnchanged(paths.previousExport, path.resolve(root, outDir), outputs.outputs, plan);
  // What is left (old versions of what changed, outputs now gone) goes with the next clearing.
  renameSync(paths.previousExport, path.join(root, '.next', `dropped-previous-export-${Date.now()}`));
  return { outputs, kept };
}

/** Records the finished export in `outDir`, for the next build to compare with. */
export function recordExport(root: string, outDir: string, outputs: OutputsFile): void {
  const paths = statePaths(root);
  const stamp = folderStamp(path.resolve(root, outDir));
  if (stamp === undefined) throw new Error(`${outDir}/ is missing at the end of the build`);
  writeRecord(paths.record, { ...outputs, stamp });
  removeState(paths.outputs);
  removeState(paths.renderPlan);
}
