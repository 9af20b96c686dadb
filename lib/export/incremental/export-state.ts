/**
 * What one build leaves for the next so that it can rebuild only what changed, kept in
 * `.next/incremental/` (the build's first step clears the rest of `.next/`, see
 * lib/export/clear-outputs.ts):
 *
 * - `record.json`: the finished build's export folder, the code it was built from and the hash
 *   of every output of every dynamic route (written last, by scripts/trim-export.ts);
 * - `outputs.json`: the same hashes for the build under way (scripts/prepare-build.ts);
 * - `render-plan.json`: the outputs the build under way renders, when it keeps the others;
 * - `previous-export/`: the previous build's export folder, moved aside while `next build` runs.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const STATE_FOLDER = 'incremental';

/** The state folder of the project at `root`. */
export const stateDir = (root: string) => path.join(root, '.next', STATE_FOLDER);

export const statePaths = (root: string) => ({
  record: path.join(stateDir(root), 'record.json'),
  outputs: path.join(stateDir(root), 'outputs.json'),
  renderPlan: path.join(stateDir(root), 'render-plan.json'),
  previousExport: path.join(stateDir(root), 'previous-export'),
});

const routeOutputsSchema = z.object({
  /** A page (`<path>/index.html`) or a route handler's file (`<path>`), lib/export/incremental/route-paths.ts. */
  kind: z.enum(['page', 'file']),
  /** Each output's URL path and the hash of what it is rendered from. */
  outputs: z.record(z.string(), z.string()),
});

/** Every dynamic route's outputs, by the route's pattern (`/entries/[slug]`). */
const outputTableSchema = z.record(z.string(), routeOutputsSchema);

const outputsFileSchema = z.object({
  /** The export folder the build writes, resolved. */
  outDir: z.string(),
  /** lib/export/incremental/code-fingerprint.ts */
  fingerprint: z.string(),
  outputs: outputTableSchema,
});

const recordSchema = outputsFileSchema.extend({
  /** The export folder's inode and modification time when the build ended: any later change to it (another `next build`, a hand edit at its top) makes the next build a full one. */
  stamp: z.string(),
});

const renderPlanSchema = z.object({
  /** The URL paths each route renders; a route not named here renders all of its outputs. */
  routes: z.record(z.string(), z.array(z.string())),
});

export type RouteOutputs = z.infer<typeof routeOutputsSchema>;
export type OutputTable = z.infer<typeof outputTableSchema>;
export type OutputsFile = z.infer<typeof outputsFileSchema>;
export type ExportRecord = z.infer<typeof recordSchema>;
export type RenderPlan = z.infer<typeof renderPlanSchema>;

/** The file at `file` checked against `schema`; undefined when it is missing or is not what this code writes (an older build's, a damaged one). */
function readState<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written through a temporary file and a rename, so that a build stopped halfway leaves the old file or none. */
function writeState(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

export const readRecord = (file: string) => readState(file, recordSchema);
export const writeRecord = (file: string, record: ExportRecord) => writeState(file, record);
export const readOutputsFile = (file: string) => readState(file, outputsFileSchema);
export const writeOutputsFile = (file: string, outputs: OutputsFile) => writeState(file, outputs);
export const readRenderPlan = (file: string) => readState(file, renderPlanSchema);
export const writeRenderPlan = (file: string, plan: RenderPlan) => writeState(file, plan);

/** The export folder's identity now: its inode and its modification time in ns, or undefined when it is missing. */
export function folderStamp(folder: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  const stats = statSync(folder, { bigint: true });
  return `${stats.ino}:${stats.mtimeNs}`;
}

/** Removes a state file or folder if it is there. */
export function removeState(target: string): void {
  rmSync(target, { recursive: true, force: true });
}
