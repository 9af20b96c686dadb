/**
 * The changes to each entry, read from git in one pass: over a temporary repository with
 * commits, a rename and a shallow clone, and over a copy with no history at all.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryChanges } from '@/components/entry-changes';
import { commitUrl, fileHistoryUrl } from '@/lib/history/commit-url';
import { changesOf, readGitHistory, type GitHistory } from '@/lib/history/git-history';

const work = mkdtempSync(path.join(tmpdir(), 'entry-history-'));
const repo = path.join(work, 'repo');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** git with a fixed identity and the author's day given, stopped after 30 s. */
function git(cwd: string, args: string[], day = '2024-01-01'): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` },
  });
}
const commit = (message: string, day: string) => {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], day);
};
const entries = (relative: string) => path.join(repo, 'content/entries', relative);
const OPTIONS = { timeoutMs: 30_000 };

beforeAll(() => {
  mkdirSync(path.join(repo, 'content/entries/2020'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(entries('2020/old-name.mdx'), '---\ntitle: A\n---\nFirst text.\n');
  writeFileSync(path.join(repo, 'README.md'), 'Not an entry.\n');
  commit('Add the IBM entry', '2021-03-04');
  renameSync(entries('2020/old-name.mdx'), entries('2020/ibm.mdx'));
  commit('Rename the IBM entry to its slug', '2022-05-06');
  appendFileSync(entries('2020/ibm.mdx'), 'A second paragraph with more words in it.\n');
  writeFileSync(entries('2020/amazon.mdx'), '---\ntitle: B\n---\nOther text.\n');
  commit('Correct the date; add "Amazon" <pause>', '2023-07-08');
  appendFileSync(path.join(repo, 'README.md'), 'More.\n');
  commit('Touch only the README', '2024-09-10');
});

describe('readGitHistory', () => {
  it('lists each file’s changes newest first, following a rename, in one pass', () => {
    const history = readGitHistory(repo, 'content/entries', OPTIONS);
    expect(history.kind).toBe('full');
    const ibm = changesOf(history, 'content/entries/2020/ibm.mdx');
    expect(ibm.map((c) => [c.date, c.subject])).toEqual([
      ['2023-07-08', 'Correct the date; add "Amazon" <pause>'],
      ['2022-05-06', 'Rename the IBM entry to its slug'],
      ['2021-03-04', 'Add the IBM entry'],
    ]);
    expect(ibm[0]!.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(ibm[0]!.hash.startsWith(ibm[0]!.shortHash)).toBe(true);
    expect(changesOf(history, 'content/entries/2020/amazon.mdx').map((c) => c.subject)).toEqual(['Correct the date; add "Amazon" <pause>']);
    expect(changesOf(history, 'content/entries/2020/not-committed.mdx')).toEqual([]);
  });

  it('in a shallow clone, leaves out the clone’s oldest commit, which shows every file as added', () => {
    const shallow = path.join(work, 'shallow');
    git(work, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    const history = readGitHistory(shallow, 'content/entries', OPTIONS);
    expect(history.kind).toBe('shallow');
    // Depth 2 holds the last two commits; only the newest touched entries and it is not the boundary.
    expect(changesOf(history, 'content/entries/2020/ibm.mdx').map((c) => c.subject)).toEqual([]);
    const deeper = path.join(work, 'deeper');
    git(work, ['clone', '-q', '--depth', '3', `file://${repo}`, deeper]);
    expect(changesOf(readGitHistory(deeper, 'content/entries', OPTIONS), 'content/entries/2020/ibm.mdx').map((c) => c.date)).toEqual(['2023-07-08']);
  });

  it('says the history is unavailable in a copy without git history, or inside another repository', () => {
    const copy = path.join(work, 'copy');
    mkdirSync(path.join(copy, 'content/entries/2020'), { recursive: true });
    const none = readGitHistory(copy, 'content/entries', OPTIONS);
    expect(none).toEqual({ kind: 'unavailable', reason: 'it was built from a copy of the files without their git history' });
    expect(changesOf(none, 'content/entries/2020/ibm.mdx')).toEqual([]);
    // A folder of the repository is not the project: its history is not borrowed.
    expect(readGitHistory(path.join(repo, 'content'), 'entries', OPTIONS).kind).toBe('unavailable');
  });
});

describe('links to commits', () => {
  const real = { url: 'https://github.com/example-org/tracker', branch: 'main' };
  it('link to the commit and the file’s history when a repository address is set, not with the placeholder', () => {
    expect(commitUrl('0aee0cb17390', real)).toBe('https://github.com/example-org/tracker/commit/0aee0cb17390');
    expect(fileHistoryUrl('content/entries/2020/ibm.mdx', real)).toBe('https://github.com/example-org/tracker/commits/main/content/entries/2020/ibm.mdx');
    const placeholder = { url: 'https://github.com/OWNER/REPOSITORY', branch: 'main' };
    expect(commitUrl('0aee0cb17390', placeholder)).toBeUndefined();
    expect(fileHistoryUrl('content/entries/2020/ibm.mdx', placeholder)).toBeUndefined();
  });
});

describe('"Changes to this entry" on the page', () => {
  const render = (history: GitHistory) => renderToStaticMarkup(createElement(EntryChanges, { history, sourceFile: 'content/entries/2020/ibm.mdx' }));

  it('shows the day and message of each change', () => {
    const html = render(readGitHistory(repo, 'content/entries', OPTIONS));
    expect(html).toContain('Changes to this entry');
    expect(html).toContain('<time dateTime="2021-03-04">');
    expect(html).toContain('Correct the date; add &quot;Amazon&quot; &lt;pause&gt;');
  });

  it('says so, instead of failing, when the build has no history', () => {
    const html = render({ kind: 'unavailable', reason: 'it was built from a copy of the files without their git history' });
    expect(html).toContain('The history of this entry is not available in this build: it was built from a copy of the files without their git history.');
    expect(html).not.toContain('<li');
  });

  it('says a shallow copy holds only the latest state', () => {
    expect(render({ kind: 'shallow', changes: new Map() })).toContain('it was built from a shallow copy of the repository, which holds only its latest state');
  });
});

describe('a repository with no commit yet', () => {
  it('says the history is unavailable rather than failing', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(path.join(empty, 'content/entries'), { recursive: true });
    git(empty, ['init', '-q']);
    expect(readGitHistory(empty, 'content/entries', OPTIONS)).toEqual({ kind: 'unavailable', reason: 'git could not read the history of its files' });
  });
});
