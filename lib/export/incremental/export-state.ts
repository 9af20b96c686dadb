/**
 * What one build leaves for the next so that it can rebuild only what changed, kept in
 * `.next/incremental/` (the build's first step clears the rest of `.next/`, see
 * lib/export/clear-outputs.ts):
 *
 * - `record.json`: the finished build's export folder, the code it was built from and the hash
 *   of every output of every dynamic route (written last, by scripts/trim-export.ts);
 * - `build.json`: the build under way, and whether it keeps the previous export; its first step
 *   then moves the record to `previous-record.json` and the export to `previous-export/`;
 * - `outputs/`: one file per dynamic route with the hash of each of its outputs, written by the
 *   route itself while `next build` lists its params (render-plan.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const STATE_FOLDER = 'incremental';

/** The state folder of the project at `root`. */
export const stateDir = (root: string) => path.join(root, '.next', STATE_FOLDER);

/** The files in the state folder `dir`. */
export const statePaths = (dir: string) => ({
  record: path.join(dir, 'record.json'),
  previousRecord: path.join(dir, 'previous-record.json'),
  build: path.join(dir, 'build.json'),
  outputs: path.join(dir, 'outputs'),
  previousExport: path.join(dir, 'previous-export'),
});

const routeOutputsSchema = z.object({
  /** A page (`<path>/index.html`) or a route handler's file (`<path>`), lib/export/incremental/route-paths.ts. */
  kind: z.enum(['page', 'file']),
  /** Each output's URL path and the hash of what it is rendered from. */
  outputs: z.record(z.string(), z.string()),
});

/** Every dynamic route's outputs, by the route's pattern (`/entries/[slug]`). */
const outputTableSchema = z.record(z.string(), routeOutputsSchema);

const buildSchema = z.object({
  /** The export folder the build writes, resolved. */
  outDir: z.string(),
  /** lib/export/incremental/code-fingerprint.ts */
  fingerprint: z.string(),
  /** Whether the build keeps the previous export's unchanged outputs. */
  keep: z.boolean(),
});

const recordSchema = buildSchema.omit({ keep: true }).extend({
  outputs: outputTableSchema,
  /** The export folder's inode and modification time when the build ended: any later change to it (another `next build`, a hand edit at its top) makes the next build a full one. */
  stamp: z.string(),
});

export type RouteOutputs = z.infer<typeof routeOutputsSchema>;
export type OutputTable = z.infer<typeof outputTableSchema>;
export type BuildState = z.infer<typeof buildSchema>;
export type ExportRecord = z.infer<typeof recordSchema>;

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
export const readBuildState = (file: string) => readState(file, buildSchema);
export const writeBuildState = (file: string, build: BuildState) => writeState(file, build);

/** The outputs file of the route `pattern` in the folder `outputsDir`. */
const routeFile = (outputsDir: string, pattern: string) => path.join(outputsDir, `${encodeURIComponent(pattern)}.json`);

export const writeRouteOutputs = (outputsDir: string, pattern: string, outputs: RouteOutputs) => writeState(routeFile(outputsDir, pattern), outputs);

/** Every route's outputs written in `outputsDir` during the build; a file that is not one stops the build. */
export function readOutputTable(outputsDir: string): OutputTable {
  const table: OutputTable = {};
  if (!existsSync(outputsDir)) return table;
  for (const name of readdirSync(outputsDir).filter((file) => file.endsWith('.json')).sort()) {
    const outputs = readState(path.join(outputsDir, name), routeOutputsSchema);
    if (!outputs) throw new Error(`${path.join(outputsDir, name)} is not a route's outputs; run \`npm run build\` again`);
    table[decodeURIComponent(name.slice(0, -'.json'.length))] = outputs;
  }
  return table;
}

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
