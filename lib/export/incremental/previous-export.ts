/**
 * Whether the build under way may keep pages from the previous one: only when that build
 * finished, wrote the same export folder from the same code and settings, and nothing has
 * touched the folder since. Anything else means a full build, and the reason is printed.
 */
import path from 'node:path';
import { folderStamp, readRecord, type ExportRecord } from './export-state';

export type PreviousExport = { usable: true; record: ExportRecord } | { usable: false; reason: string };

/** `outDir` is the export folder as the build names it (`out`), relative to `root`. */
export function previousExport(recordFile: string, root: string, outDir: string, fingerprint: string): PreviousExport {
  const record = readRecord(recordFile);
  if (!record) return { usable: false, reason: 'no finished build is recorded' };
  if (record.outDir !== path.resolve(root, outDir)) return { usable: false, reason: `the last build wrote ${record.outDir}` };
  if (record.fingerprint !== fingerprint) return { usable: false, reason: 'the code, its dependencies or the build settings changed' };
  const stamp = folderStamp(path.resolve(root, outDir));
  if (stamp === undefined) return { usable: false, reason: `${outDir}/ is missing` };
  if (stamp !== record.stamp) return { usable: false, reason: `${outDir}/ changed after the last build` };
  return { usable: true, record };
}
