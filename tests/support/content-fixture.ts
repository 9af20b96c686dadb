/** Content folders on disk for tests that run the real checker CLI, and a way to run it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A body of the length the checker asks for (120 to 400 words). */
export const VALID_BODY = Array.from({ length: 130 }, () => 'word').join(' ');

/** The frontmatter lines of a valid entry that names the `amazon` entity. */
export const ENTRY_FRONTMATTER = [
  'title: Amazon pauses police use of Rekognition',
  'date: 2020-06-10',
  'kind: corporate',
  'summary: Amazon paused police use for a year.',
  'actors: [amazon]',
  'sources:',
  '  - title: Moratorium',
  '    url: https://www.aboutamazon.com/news',
  '    publisher: Amazon',
  'added: 2026-11-26',
  'reviewed: 2026-11-26',
];

/** The file line on which an entry written by `entryText` starts its body. */
export const ENTRY_BODY_LINE = ENTRY_FRONTMATTER.length + 3;

/** A valid entry file with `body` after the frontmatter. */
export function entryText(body: string, frontmatter: readonly string[] = ENTRY_FRONTMATTER): string {
  return ['---', ...frontmatter, '---', body, ''].join('\n');
}

/** A content folder with the real topic list and an `amazon` entity, inside `base`. */
export function makeContent(base: string): string {
  const root = mkdtempSync(path.join(base, 'content-'));
  mkdirSync(path.join(root, 'entries/2020'), { recursive: true });
  mkdirSync(path.join(root, 'entities'));
  cpSync('content/topics.yml', path.join(root, 'topics.yml'));
  writeFileSync(path.join(root, 'entities/amazon.mdx'), '---\nname: Amazon\ncategory: company\n---\nA company.\n');
  return root;
}

/** How the checker names a file: relative to the working directory. */
export const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts as `npm run` would, outside GitHub Actions. */
export function runScript(script: string, args: string[], options: { env?: Record<string, string>; input?: string; timeout?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeout ?? 60_000,
    env: { ...process.env, GITHUB_ACTIONS: '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The checker's problem lines for one file, in order. */
export function problemLinesFor(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(`${file}:`));
}
