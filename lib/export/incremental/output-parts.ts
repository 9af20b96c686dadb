/**
 * Joins the tables that the parts of `npm run hash-outputs` wrote (each holds every n-th output
 * of every route) into one.
 */
import type { OutputTable } from './export-state';

export function joinOutputParts(parts: readonly OutputTable[]): OutputTable {
  const table: OutputTable = {};
  for (const part of parts) {
    for (const [pattern, route] of Object.entries(part)) {
      const joined = (table[pattern] ??= { kind: route.kind, outputs: {} });
      if (joined.kind !== route.kind) throw new Error(`${pattern}: the parts disagree on what the route writes`);
      Object.assign(joined.outputs, route.outputs);
    }
  }
  return table;
}
