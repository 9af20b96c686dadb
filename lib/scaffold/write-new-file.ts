/** Writes a scaffolded file, never over an existing one. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../result';

export function writeNewFile(contentRoot: string, relative: string, text: string): Result<string> {
  const absolute = path.join(contentRoot, relative);
  mkdirSync(path.dirname(absolute), { recursive: true });
  try {
    // 'wx' fails when the file exists, in the same step as creating it.
    writeFileSync(absolute, text, { flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      return fail(`${path.relative(process.cwd(), absolute)} already exists; edit it, or choose other words for the file name`);
    }
    throw error;
  }
  return ok(absolute);
}
