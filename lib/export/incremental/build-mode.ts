/**
 * The two ends of the build's first step (scripts/prepare-build.ts) that decide how much the
 * build renders. At the start, `beginBuild` sees whether the previous export can be kept and, if
 * so, moves it aside before the old build is cleared. Once the content step has run and every
 * output is hashed, `planBuild` records the hashes and, when the export was kept, writes the plan
 * of what changed for `next build`.
 */
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from './code-fingerprint';
import { removeState, statePaths, writeOutputsFile, writeRenderPlan, type ExportRecord, type OutputTable } from './export-state';
import { previousExport } from './previous-export';
import { planRender } from './render-plan';

export type BuildStart =
  | { keep: true; fingerprint: string; previous: ExportRecord }
  | { keep: false; fingerprint: string; reason: string };

/**
 * Decides whether this build can keep the previous export in `outDir` and, if it can, moves that
 * export into `.next/incremental/previous-export/`. Either way it forgets the previous build's
 * record, so that a build stopped from here on is followed by a full one.
 */
export function beginBuild(root: string, outDir: string, env: Readonly<Record<string, string | undefined>> = process.env): BuildStart {
  const paths = statePaths(root);
  const fingerprint = codeFingerprint(root, env);
  const previous = env.FULL_BUILD ? ({ usable: false, reason: 'FULL_BUILD is set' } as const) : previousExport(paths.record, root, outDir, fingerprint);
  for (const file of [paths.record, paths.outputs, paths.renderPlan]) removeState(file);
  // A build that stopped before its end left the export it had moved aside: the clearing that
  // follows removes it with the rest of .next/.
  if (existsSync(paths.previousExport)) renameSync(paths.previousExport, path.join(root, '.next', `dropped-previous-export-${Date.now()}`));
  if (!previous.usable) return { keep: false, fingerprint, reason: previous.reason };
  try {
    renameSync(path.resolve(root, outDir), paths.previousExport);
  } catch (error) {
    return { keep: false, fingerprint, reason: `${outDir}/ cannot be moved aside (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return { keep: true, fingerprint, previous: previous.record };
}

const count = (value: number) => value.toLocaleString('en');

/**
 * Records this build's outputs for its last step and, when the previous export is kept, writes
 * the plan of the outputs to render. Returns the line the build prints about it.
 */
export function planBuild(root: string, outDir: string, start: BuildStart, outputs: OutputTable): string {
  const paths = statePaths(root);
  writeOutputsFile(paths.outputs, { outDir: path.resolve(root, outDir), fingerprint: start.fingerprint, outputs });
  const total = Object.values(outputs).reduce((sum, route) => sum + Object.keys(route.outputs).length, 0);
  if (!start.keep) return `build: renders all ${count(total)} pages and files of the dynamic routes, as ${start.reason}`;
  const { plan, render, kept, gone } = planRender(start.previous.outputs, outputs);
  writeRenderPlan(paths.renderPlan, plan);
  return `build: renders ${count(render)} of ${count(total)} pages and files of the dynamic routes (those changed or new), keeps the other ${count(kept)} from the previous build${gone ? ` and drops ${count(gone)} no longer built` : ''}`;
}
