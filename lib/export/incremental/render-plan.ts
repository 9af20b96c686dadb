/**
 * Which outputs a build renders. Each dynamic route hands its params to `plannedOnly` in
 * getStaticPaths or generateStaticParams, with the function that hashes what an output is built
 * from (hash-outputs.ts). Under `npm run build` (INCREMENTAL_BUILD names the state folder, set by
 * scripts/next-build.ts) it hashes every output of the route, in the `next build` worker that
 * lists the route, writes the hashes for the build's last step, and, when the build keeps the
 * previous export, returns only the params whose output is new or changed. Anywhere else
 * (`next dev`, `next build` run by hand) it returns every param and hashes nothing.
 */
import path from 'node:path';
import { readBuildState, readRecord, statePaths, writeRouteOutputs, type ExportRecord, type OutputTable } from './export-state';
import { routePath, type RouteKind, type RouteParams } from './route-paths';

/** How a route's outputs are hashed: undefined for params that give no output (not found). */
export interface RouteOutput<T extends RouteParams> {
  kind: RouteKind;
  hash: (params: T, urlPath: string) => Promise<string | undefined>;
}

/** The URL paths of each route's outputs that `next build` renders; the others are kept. */
export interface RenderPlan {
  routes: Record<string, string[]>;
}

export interface PlanSummary {
  plan: RenderPlan;
  /** Outputs to render: new ones and those whose hash changed. */
  render: number;
  /** Outputs kept from the previous export. */
  kept: number;
  /** Outputs of the previous export that no longer exist. */
  gone: number;
}

/** Whether the output at `urlPath` of a route must be rendered, against the previous build's outputs of that route. */
const mustRender = (before: OutputTable[string] | undefined, kind: RouteKind, urlPath: string, hash: string) => before?.kind !== kind || before.outputs[urlPath] !== hash;

/** The outputs of `current` that differ from `previous`, route by route. */
export function planRender(previous: OutputTable, current: OutputTable): PlanSummary {
  const plan: RenderPlan = { routes: {} };
  let render = 0;
  let kept = 0;
  let gone = 0;
  for (const [pattern, route] of Object.entries(current)) {
    const before = previous[pattern];
    const paths = Object.entries(route.outputs)
      .filter(([urlPath, hash]) => mustRender(before, route.kind, urlPath, hash))
      .map(([urlPath]) => urlPath);
    plan.routes[pattern] = paths;
    render += paths.length;
    kept += Object.keys(route.outputs).length - paths.length;
  }
  for (const [pattern, route] of Object.entries(previous)) {
    const now = current[pattern]?.outputs ?? {};
    gone += Object.keys(route.outputs).filter((urlPath) => !(urlPath in now)).length;
  }
  return { plan, render, kept, gone };
}

/** The previous build's record, read once per process (each `next build` worker lists several routes). */
let previous: { file: string; record: ExportRecord | undefined } | undefined;

function previousRecord(file: string): ExportRecord | undefined {
  if (previous?.file !== file) previous = { file, record: readRecord(file) };
  return previous.record;
}

/**
 * The params of the route `pattern` that this build renders (see the module's comment). A route
 * with nothing to render still renders its first output, since a static export refuses a route
 * that generates none; the build's last step then keeps that new copy, which is the same as the
 * old. A state folder named but unreadable stops the build: rendering every page would hide the
 * fault, and rendering none would lose them.
 */
export async function plannedOnly<T extends RouteParams>(pattern: string, params: T[], output: RouteOutput<T>): Promise<T[]> {
  const dir = process.env.INCREMENTAL_BUILD;
  if (!dir) return params;
  const paths = statePaths(path.resolve(dir));
  const build = readBuildState(paths.build);
  if (!build) throw new Error(`INCREMENTAL_BUILD names ${dir}, which holds no build under way; run \`npm run build\``);
  const outputs: Record<string, string> = {};
  const changed: T[] = [];
  const before = build.keep ? previousRecord(paths.previousRecord)?.outputs[pattern] : undefined;
  for (const value of params) {
    const urlPath = routePath(pattern, value);
    const hash = await output.hash(value, urlPath);
    if (hash === undefined) continue;
    outputs[urlPath] = hash;
    if (mustRender(before, output.kind, urlPath, hash)) changed.push(value);
  }
  writeRouteOutputs(paths.outputs, pattern, { kind: output.kind, outputs });
  if (!build.keep) return params;
  return changed.length === 0 ? params.slice(0, 1) : changed;
}
