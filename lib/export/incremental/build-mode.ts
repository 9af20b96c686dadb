/**
 * The start of a build (scripts/prepare-build.ts): whether it can keep the previous export and,
 * if so, the previous export moved aside before the old build is cleared. What it decides goes
 * to `.next/incremental/build.json`, which `next build`'s routes (render-plan.ts) and the last
 * step (finish-build.ts) read.
 */
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from './code-fingerprint';
import { removeState, stateDir, statePaths, writeBuildState } from './export-state';
import { setAside } from '../set-aside';
import { previousExport } from './previous-export';

export type BuildStart = { keep: true } | { keep: false; reason: string };

/**
 * Decides whether this build can keep the previous export in `outDir` and, if it can, moves that
 * export into `.next/incremental/previous-export/` and the record of it beside. Either way no
 * record is left where the next build looks for one, so that a build stopped from here on is
 * followed by a full one.
 */
export function beginBuild(root: string, outDir: string, env: Readonly<Record<string, string | undefined>> = process.env): BuildStart {
  const paths = statePaths(stateDir(root));
  const fingerprint = codeFingerprint(root, env);
  const previous = env.FULL_BUILD ? ({ usable: false, reason: 'FULL_BUILD is set' } as const) : previousExport(paths.record, root, outDir, fingerprint);
  for (const stale of [paths.previousRecord, paths.build, paths.outputs]) removeState(stale);
  // A build that stopped before its end left the export it had moved aside: the clearing that
  // follows removes it with the rest of .next/.
  if (existsSync(paths.previousExport)) setAside(paths.previousExport, path.join(root, '.next'), 'previous-export');
  let start: BuildStart = previous.usable ? { keep: true } : { keep: false, reason: previous.reason };
  if (start.keep) {
    try {
      renameSync(path.resolve(root, outDir), paths.previousExport);
      renameSync(paths.record, paths.previousRecord);
    } catch (error) {
      start = { keep: false, reason: `${outDir}/ cannot be moved aside (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    }
  }
  removeState(paths.record);
  writeBuildState(paths.build, { outDir: path.resolve(root, outDir), fingerprint, keep: start.keep });
  return start;
}

/** The line the build prints about it. */
export function describeStart(start: BuildStart, outDir: string): string {
  return start.keep
    ? `build: renders only the pages and files that changed, and keeps the rest from the previous build's ${outDir}/`
    : `build: renders every page and file, as ${start.reason}`;
}
