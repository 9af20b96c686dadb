/** The files of .generated/islands/ that the site serves under `/islands/`: the scripts, not the manifest. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { islandsDir as dir } from './manifest';

export function islandFileNames(root = process.cwd()): string[] {
  return readdirSync(dir(root)).filter((file) => file.endsWith('.js'));
}

/** A script's text, or undefined for a name that is not one of them (no path outside the folder). */
export function islandFile(name: string, root = process.cwd()): string | undefined {
  if (!islandFileNames(root).includes(name)) return undefined;
  return readFileSync(path.join(dir(root), name), 'utf8');
}
