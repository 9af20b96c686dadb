/**
 * `npm run check -- --changed` in a temporary git repository: it reports the files a branch
 * changed (committed, uncommitted or new), what they link to and what links to them, and
 * leaves out problems in unrelated files that were already on main.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { ENTRY_FRONTMATTER, entryText, runScript, shown, VALID_BODY, type CliResult } from '../support/content-fixture';

const repo = mkdtempSync(path.join(tmpdir(), 'check-changed-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const content = path.join(repo, 'content');

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

const entity = (slug: string, extra = '') => writeFileSync(path.join(content, `entities/${slug}.mdx`), `---\nname: ${slug}\ncategory: company\n${extra}---\nA company.\n`);
/** An entry acting through `actor`, of `kind`, with extra frontmatter lines. */
const entry = (slug: string, actor: string, extra: string[] = [], kind = 'corporate') =>
  writeFileSync(
    path.join(content, `entries/2020/${slug}.mdx`),
    entryText(VALID_BODY, [
      ...ENTRY_FRONTMATTER.map((line) => line.replace('actors: [amazon]', `actors: [${actor}]`).replace('kind: corporate', `kind: ${kind}`)),
      ...extra,
    ]),
  );
const file = (relative: string) => shown(path.join(content, relative));

let changed: CliResult;
let full: CliResult;
beforeAll(() => {
  mkdirSync(path.join(content, 'entries/2020'), { recursive: true });
  mkdirSync(path.join(content, 'entities'));
  cpSync('content/topics.yml', path.join(content, 'topics.yml'));
  entity('amazon');
  entity('ibm', 'colour: blue\n'); // a problem already on main, in a file the branch's entry links to
  entity('microsoft');
  entry('2020-06-10-a', 'amazon', ['related:', '  - entry: 2020-06-10-b', '    rel: follows-up']);
  entry('2020-06-10-b', 'ibm');
  entry('2020-06-10-c', 'microsoft', ['topics: [nonexistent]']); // a problem already on main, unrelated
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'main');

  git('checkout', '-q', '-b', 'feature');
  entry('2020-06-10-b', 'ibm', [], 'corporat'); // committed change with a new problem
  git('commit', '-q', '-am', 'edit b');
  unlinkSync(path.join(content, 'entities/amazon.mdx')); // uncommitted deletion: a still names it
  entry('2020-06-10-e', 'microsoft', ['topics: [bann]']); // new, untracked file
  changed = runScript('scripts/check.ts', ['--content', content, '--changed']);
  full = runScript('scripts/check.ts', ['--content', content]);
});

describe('npm run check -- --changed', () => {
  it('reports the changed files, what they link to and what links to them, and nothing else', () => {
    expect(changed.status).toBe(1);
    expect(changed.stderr.split('\n').filter((line) => line.includes(': '))).toEqual([
      `${file('entities/ibm.mdx')}:4: colour: is not a known field; allowed fields: name, category, aliases, website, parent, level, iso, geonames`,
      `${file('entries/2020/2020-06-10-a.mdx')}:6: actors[0]: "amazon" is not an entity in content/entities/`,
      `${file('entries/2020/2020-06-10-b.mdx')}:4: kind: "corporat" is not allowed; use one of: corporate, legislation, advocacy, research, legal (did you mean "corporate"?)`,
      `${file('entries/2020/2020-06-10-e.mdx')}:13: topics[0]: "bann" is not a topic in content/topics.yml (did you mean "ban"?)`,
    ]);
    expect(changed.stderr).toContain('(6 files changed against main or linked with them)');
  });

  it('leaves out problems in unrelated files, which the full check still reports', () => {
    const unrelated = `${file('entries/2020/2020-06-10-c.mdx')}:13: topics[0]: "nonexistent" is not a topic in content/topics.yml`;
    expect(changed.stderr).not.toContain(unrelated);
    expect(full.stderr).toContain(unrelated);
  });

  it('passes when the branch changes no content', () => {
    git('stash', '-u', '-q');
    git('checkout', '-q', 'main');
    const clean = runScript('scripts/check.ts', ['--content', content, '--changed']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('✔ content is valid: 0 files changed against main or linked with them');
  });

  it('says when there is no branch to compare with', () => {
    const result = runScript('scripts/check.ts', ['--content', content, '--changed', '--base', 'nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run check -- --changed: cannot find "nope" to compare with; fetch the main branch or pass --base <branch>');
  });
});
