/** `npm run check` as a contributor runs it: one line per problem, exit 1, annotations in Actions. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function content(entryActors: string): string {
  const root = mkdtempSync(path.join(dir, 'content-'));
  mkdirSync(path.join(root, 'entries/2020'), { recursive: true });
  mkdirSync(path.join(root, 'entities'));
  cpSync('content/topics.yml', path.join(root, 'topics.yml'));
  writeFileSync(path.join(root, 'entities/amazon.mdx'), '---\nname: Amazon\ncategory: company\n---\nA company.\n');
  writeFileSync(
    path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'),
    [
      '---',
      'title: Amazon pauses police use of Rekognition',
      'date: 2020-06-10',
      'kind: corporate',
      'summary: Amazon paused police use for a year.',
      `actors: [${entryActors}]`,
      'sources:',
      '  - title: Moratorium',
      '    url: https://www.aboutamazon.com/news',
      '    publisher: Amazon',
      'added: 2026-11-26',
      'reviewed: 2026-11-26',
      '---',
      // A body of the length the checker asks for (120 to 400 words).
      Array.from({ length: 130 }, () => 'word').join(' '),
      '',
    ].join('\n'),
  );
  return root;
}

function runCheck(root: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content', root], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('passes valid content and says how much it checked', () => {
    const result = runCheck(content('amazon'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✔ content is valid: 1 entries, 1 entities, 25 topics');
  });

  it('fails on an unknown actor, naming the file, the line and the field', () => {
    const root = content('amazon, amazn');
    const result = runCheck(root);
    const file = path.relative(process.cwd(), path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:6: actors[1]: "amazn" is not an entity in content/entities/ (did you mean "amazon"?)`);
    expect(result.stderr).toContain('✖ 1 problem in');
    expect(result.stdout).not.toContain('::error');
  });

  it('prints GitHub annotations inside Actions', () => {
    const root = content('amazn');
    const result = runCheck(root, { GITHUB_ACTIONS: 'true' });
    const file = path.relative(process.cwd(), path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'));
    expect(result.stdout).toContain(`::error file=${file},line=6,title=actors[0]::"amazn" is not an entity in content/entities/ (did you mean "amazon"?)`);
  });
});
