/**
 * Completes an export that rendered only what changed: each output the build did not render is
 * moved, unchanged, from the previous export (moved aside by the build's first step) into the
 * new one. What is left of the previous export afterwards (the old versions of what changed, and
 * outputs that are gone) is set aside for the next build's first step to clear.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { OutputTable } from './export-state';
import type { RenderPlan } from './render-plan';
import { exportedFile } from './route-paths';

/** Moves every output of `outputs` that `plan` did not render from `previousDir` into `outDir`; says how many. */
export function keepUnchanged(previousDir: string, outDir: string, outputs: OutputTable, plan: RenderPlan): { kept: number } {
  const made = new Set<string>();
  let kept = 0;
  for (const [pattern, route] of Object.entries(outputs)) {
    const rendered = new Set(plan.routes[pattern]);
    for (const urlPath of Object.keys(route.outputs)) {
      if (rendered.has(urlPath)) continue;
      const file = exportedFile(route.kind, urlPath);
      const target = path.join(outDir, file);
      // Rendered although unchanged (the one output a route with nothing to render still
      // renders, render-plan.ts): the new copy, the same as the old, stays.
      if (existsSync(target)) continue;
      const source = path.join(previousDir, file);
      if (!existsSync(source)) {
        throw new Error(`the previous export has no ${file} (${pattern}) to keep; run \`npm run build\` again, which will build everything`);
      }
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      renameSync(source, target);
      kept += 1;
    }
  }
  return { kept };
}
