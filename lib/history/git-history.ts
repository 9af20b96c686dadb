/**
 * The changes made to each content file, read from git at build time in one `git log` pass over
 * a folder (one process per file would take minutes at thousands of entries). Renames are
 * followed as `git log --follow` would: changes made under a file's old name count for its
 * new name. A copy without history (no git, no repository, or a folder outside it) and a shallow
 * clone are told apart, so the page can say honestly what it cannot show.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** One commit that changed a file. */
export interface FileChange {
  /** The full commit hash. */
  hash: string;
  /** The abbreviated hash git prints (`d417d0c`). */
  shortHash: string;
  /** The author's day, `YYYY-MM-DD`. */
  date: string;
  /** The commit message's first line. */
  subject: string;
}

/**
 * What the build knows: `full` (the whole history), `shallow` (a shallow clone: the changes
 * before its oldest commit are missing, and that commit's own changes are left out, since it
 * shows every file as added) or `unavailable` (no history at all, with the reason).
 */
export type GitHistory =
  | { kind: 'full'; changes: ReadonlyMap<string, readonly FileChange[]> }
  | { kind: 'shallow'; changes: ReadonlyMap<string, readonly FileChange[]> }
  | { kind: 'unavailable'; reason: string };

export interface ReadHistoryOptions {
  /** Each git process is stopped after this long (default 60 s): a build never hangs on git. */
  timeoutMs?: number;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Parses `git log -z --name-status -M --format=%x1e%H%x1f%h%x1f%as%x1f%s`, newest commit
 * first, into the changes of each file under its newest name. Commits in `skip` (a shallow
 * clone's boundary) are left out, but their renames are still followed.
 */
export function parseGitLog(output: string, skip: ReadonlySet<string> = new Set()): Map<string, FileChange[]> {
  const changes = new Map<string, FileChange[]>();
  // An old path → the name the file has today, learnt from renames seen in newer commits.
  const newestName = new Map<string, string>();
  const add = (file: string, change: FileChange) => {
    const list = changes.get(file);
    if (list) {
      if (list.at(-1)?.hash !== change.hash) list.push(change);
    } else changes.set(file, [change]);
  };
  for (const record of output.split(RECORD)) {
    if (record.trim() === '') continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const [hash = '', shortHash = '', date = '', ...subject] = header.split(FIELD);
    const change: FileChange = { hash, shortHash, date, subject: subject.join(FIELD).trim() };
    const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    for (let i = 0; i < tokens.length; ) {
      const status = tokens[i++] ?? '';
      if (status === '') continue;
      if (status.startsWith('R')) {
        const from = tokens[i++] ?? '';
        const to = tokens[i++] ?? '';
        const name = newestName.get(to) ?? to;
        if (!skip.has(hash)) add(name, change);
        newestName.set(from, name);
      } else {
        const file = tokens[i++] ?? '';
        if (!skip.has(hash)) add(newestName.get(file) ?? file, change);
      }
    }
  }
  return changes;
}

function git(root: string, args: string[], timeoutMs: number): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The boundary commits of a shallow clone, from git's `shallow` file. */
function shallowBoundary(root: string, timeoutMs: number): Set<string> {
  const file = path.resolve(root, git(root, ['rev-parse', '--git-path', 'shallow'], timeoutMs).trim());
  try {
    return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * The history of every file under `folder` (relative to `root`, the project's folder), keyed by
 * path relative to `root` with `/` separators (`content/entries/2020/x.mdx`).
 */
export function readGitHistory(root: string, folder: string, options: ReadHistoryOptions = {}): GitHistory {
  const timeoutMs = options.timeoutMs ?? 60_000;
  let topLevel: string;
  try {
    topLevel = git(root, ['rev-parse', '--show-toplevel'], timeoutMs).trim();
  } catch {
    return { kind: 'unavailable', reason: 'it was built from a copy of the files without their git history' };
  }
  // A copy unpacked inside some other repository must not borrow that repository's history.
  if (realpathSync(topLevel) !== realpathSync(root)) {
    return { kind: 'unavailable', reason: 'it was built from a copy of the files without their git history' };
  }
  try {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository'], timeoutMs).trim() === 'true';
    const output = git(root, ['log', '-z', '--name-status', '-M', `--format=${RECORD}%H${FIELD}%h${FIELD}%as${FIELD}%s`, '--', folder], timeoutMs);
    if (!shallow) return { kind: 'full', changes: parseGitLog(output) };
    return { kind: 'shallow', changes: parseGitLog(output, shallowBoundary(root, timeoutMs)) };
  } catch {
    // A repository with no commit yet has no log; a git too old or too slow is no reason to stop the build.
    return { kind: 'unavailable', reason: 'git could not read the history of its files' };
  }
}

/** A file's changes, newest first; empty when the file has none (not committed yet). */
export function changesOf(history: GitHistory, file: string): readonly FileChange[] {
  return history.kind === 'unavailable' ? [] : (history.changes.get(file.split(path.sep).join('/')) ?? []);
}
