/**
 * The end of a build, before the export is trimmed: when the first step kept the previous
 * export, the outputs `next build` did not render come back from it (merge-export.ts); then the
 * build's record is written for the next build (export-state.ts), once the export is complete.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { folderStamp, readBuildState, readOutputTable, readRecord, removeState, stateDir, statePaths, writeRecord, type BuildState, type OutputTable } from './export-state';
import { setAside } from '../set-aside';
import { keepUnchanged } from './merge-export';
import { planRender, type PlanSummary } from './render-plan';

export interface CompletedExport {
  build: BuildState;
  /** Every dynamic route's outputs and their hashes, as the routes wrote them. */
  outputs: OutputTable;
  /** What was rendered and kept, for a build that kept the previous export. */
  summary?: PlanSummary;
}

/**
 * Brings back what the build kept from the previous export into `outDir`. Undefined when the
 * first step began no build for `outDir` (`npm run build:subpath`, or `next build` run by hand).
 */
export function completeExport(root: string, outDir: string): CompletedExport | undefined {
  const paths = statePaths(stateDir(root));
  const build = readBuildState(paths.build);
  if (!build || build.outDir !== path.resolve(root, outDir)) return undefined;
  const outputs = readOutputTable(paths.outputs);
  if (!build.keep) return { build, outputs };
  const previous = readRecord(paths.previousRecord);
  if (!previous || !existsSync(paths.previousExport)) throw new Error('the previous build, kept at the start, is gone from .next/incremental/; run `npm run build` again, which will build everything');
  const summary = planRender(previous.outputs, outputs);
  keepUnchanged(paths.previousExport, path.resolve(root, outDir), outputs, summary.plan);
  // What is left (old versions of what changed, outputs now gone) goes with the next clearing.
  setAside(paths.previousExport, path.join(root, '.next'), 'previous-export');
  return { build, outputs, summary };
}

const count = (value: number) => value.toLocaleString('en');

/** The line the build prints about what it rendered and kept. */
export function describeExport({ outputs, summary }: CompletedExport): string {
  const total = Object.values(outputs).reduce((sum, route) => sum + Object.keys(route.outputs).length, 0);
  if (!summary) return `rendered all ${count(total)} pages and files of the dynamic routes`;
  return `rendered ${count(summary.render)} of ${count(total)} pages and files of the dynamic routes (those changed or new) and kept the other ${count(summary.kept)} from the previous build${summary.gone ? `; ${count(summary.gone)} no longer built` : ''}`;
}

/** Records the finished export in `outDir`, for the next build to compare with. */
export function recordExport(root: string, outDir: string, { build, outputs }: CompletedExport): void {
  const paths = statePaths(stateDir(root));
  const stamp = folderStamp(path.resolve(root, outDir));
  if (stamp === undefined) throw new Error(`${outDir}/ is missing at the end of the build`);
  writeRecord(paths.record, { outDir: build.outDir, fingerprint: build.fingerprint, outputs, stamp });
  for (const done of [paths.build, paths.outputs, paths.previousRecord]) removeState(done);
}
