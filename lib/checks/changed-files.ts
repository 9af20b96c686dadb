/**
 * Which files a branch changes, for `npm run check -- --changed`: everything that differs from
 * where the branch left the main branch, committed or not, plus new files git does not track yet.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fail, ok, type Result } from '../result';

/** Branches tried in order when no base is given: a local main, then the remote's. */
export const DEFAULT_BASES = ['main', 'origin/main'];

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitOk(cwd: string, args: string[]): boolean {
  try {
    git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

/** NUL-separated paths from git, made absolute from the repository root. */
const paths = (root: string, output: string) => output.split('\0').filter((name) => name !== '').map((name) => path.join(root, name));

export interface ChangedFiles {
  /** The branch compared with. */
  base: string;
  /** Absolute paths of changed, added, deleted and untracked files. */
  files: string[];
}

/** Files changed in the repository holding `dir`, against `base` (or main). */
export function changedFiles(dir: string, base?: string): Result<ChangedFiles> {
  if (!gitOk(dir, ['rev-parse', '--is-inside-work-tree'])) return fail(`${dir} is not inside a git repository`);
  const root = git(dir, ['rev-parse', '--show-toplevel']).trim();
  const candidates = base === undefined ? DEFAULT_BASES : [base];
  const found = candidates.find((ref) => gitOk(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]));
  if (found === undefined) {
    return fail(`cannot find ${candidates.map((ref) => `"${ref}"`).join(' or ')} to compare with; fetch the main branch or pass --base <branch>`);
  }
  let forkPoint: string;
  try {
    forkPoint = git(root, ['merge-base', 'HEAD', found]).trim();
  } catch {
    return fail(`this branch shares no history with "${found}"; pass --base <branch>`);
  }
  // Against the fork point, not the branch tip: changes landed on main since are not ours.
  const tracked = paths(root, git(root, ['diff', '--name-only', '--no-renames', '-z', forkPoint, '--']));
  const untracked = paths(root, git(root, ['ls-files', '--others', '--exclude-standard', '-z']));
  return ok({ base: found, files: [...new Set([...tracked, ...untracked])] });
}
