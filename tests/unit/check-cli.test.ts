/** `npm run check` as a contributor runs it: one line per problem, exit 1, annotations in Actions. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_FRONTMATTER, entryText, makeContent, runScript, shown, VALID_BODY } from '../support/content-fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder whose one entry names these actors. */
function content(entryActors: string): string {
  const root = makeContent(dir);
  const frontmatter = ENTRY_FRONTMATTER.map((line) => (line.startsWith('actors:') ? `actors: [${entryActors}]` : line));
  writeFileSync(path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'), entryText(VALID_BODY, frontmatter));
  return root;
}

const runCheck = (root: string, env: Record<string, string> = {}) => runScript('scripts/check.ts', ['--content', root], { env });

describe('npm run check', () => {
  it('passes valid content and says how much it checked', () => {
    const result = runCheck(content('amazon'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✔ content is valid: 1 entries, 1 entities, 25 topics');
  });

  it('fails on an unknown actor, naming the file, the line and the field', () => {
    const root = content('amazon, amazn');
    const result = runCheck(root);
    const file = shown(path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:6: actors[1]: "amazn" is not an entity in content/entities/ (did you mean "amazon"?)`);
    expect(result.stderr).toContain('✖ 1 problem in');
    expect(result.stdout).not.toContain('::error');
  });

  it('prints GitHub annotations inside Actions', () => {
    const root = content('amazn');
    const result = runCheck(root, { GITHUB_ACTIONS: 'true' });
    const file = shown(path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'));
    expect(result.stdout).toContain(`::error file=${file},line=6,title=actors[0] (references)::"amazn" is not an entity in content/entities/ (did you mean "amazon"?)`);
  });

  it('prints warnings but passes, and refuses them with --strict', () => {
    const root = makeContent(dir);
    const frontmatter = [...ENTRY_FRONTMATTER.filter((line) => !line.startsWith('reviewed:')), 'reviewed: 2025-01-10', 'status: proposed'];
    writeFileSync(path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'), entryText(VALID_BODY, frontmatter));
    const file = shown(path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'));
    const warning = `${file}:12: reviewed: warning: is 2025-01-10: status "proposed" has not been checked for over 12 months; check whether it changed, then set reviewed to the day you checked`;

    const relaxed = runScript('scripts/check.ts', ['--content', root, '--today', '2026-12-01']);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toContain(warning);
    expect(relaxed.stderr).toContain('⚠ 1 warning in');
    expect(relaxed.stdout).toContain('✔ content is valid');

    const strict = runScript('scripts/check.ts', ['--content', root, '--today', '2026-12-01', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(warning);
    expect(strict.stderr).toContain('✖ 1 problem in');
    expect(strict.stderr).toContain('--strict counts warnings as problems');

    const annotated = runScript('scripts/check.ts', ['--content', root, '--today', '2026-12-01'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(annotated.stdout).toContain(`::warning file=${file},line=12,title=reviewed (stale-review)::is 2025-01-10`);
  }, 120_000);

  it('refuses a --today that is not a date', () => {
    const result = runScript('scripts/check.ts', ['--content', content('amazon'), '--today', '2026-13-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run check -- --today: "2026-13-01" is not a date written YYYY-MM-DD');
  }, 60_000);
});
