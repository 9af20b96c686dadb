/**
 * Which outputs a build renders. A full build renders all; a build that keeps the previous
 * export renders only the outputs whose hash changed or that are new, and `next build` learns
 * which from the file named by RENDER_PLAN (set by scripts/next-build.ts), read in each dynamic
 * route's getStaticPaths or generateStaticParams through `plannedOnly`.
 */
import { readRenderPlan, type OutputTable, type RenderPlan } from './export-state';
import { routePath, type RouteParams } from './route-paths';

export interface PlanSummary {
  plan: RenderPlan;
  /** Outputs to render: new ones and those whose hash changed. */
  render: number;
  /** Outputs kept from the previous export. */
  kept: number;
  /** Outputs of the previous export that no longer exist. */
  gone: number;
}

/** The outputs of `current` that differ from `previous`, route by route. */
export function planRender(previous: OutputTable, current: OutputTable): PlanSummary {
  const plan: RenderPlan = { routes: {} };
  let render = 0;
  let kept = 0;
  let gone = 0;
  for (const [pattern, route] of Object.entries(current)) {
    const before = previous[pattern];
    const paths = Object.entries(route.outputs)
      .filter(([urlPath, hash]) => before?.kind !== route.kind || before.outputs[urlPath] !== hash)
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

let loaded: { file: string; routes: Map<string, Set<string>> } | undefined;

/**
 * The params of `pattern` that this build renders: all of them, unless RENDER_PLAN names a plan
 * that lists the route. A plan named but unreadable stops the build: rendering every page would
 * hide the fault, and rendering none would lose them. A route with nothing to render still
 * renders its first output, since a static export refuses a route that generates none; the last
 * step then keeps that new copy, which is the same as the old.
 */
export function plannedOnly<T extends RouteParams>(pattern: string, params: T[]): T[] {
  const file = process.env.RENDER_PLAN;
  if (!file) return params;
  if (loaded?.file !== file) {
    const plan = readRenderPlan(file);
    if (!plan) throw new Error(`RENDER_PLAN names ${file}, which is not a render plan; run \`npm run build\` again`);
    loaded = { file, routes: new Map(Object.entries(plan.routes).map(([name, paths]) => [name, new Set(paths)])) };
  }
  const wanted = loaded.routes.get(pattern);
  if (!wanted) return params;
  const planned = params.filter((value) => wanted.has(routePath(pattern, value)));
  return planned.length === 0 ? params.slice(0, 1) : planned;
}
