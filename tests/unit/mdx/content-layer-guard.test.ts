/**
 * The real build step, with the checker skipped: `contentlayer2 build` on a folder holding an
 * attack body and a `---js` frontmatter fails, names the problems, and runs none of the code.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const base = mkdtempSync(path.join(tmpdir(), 'content-layer-guard-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A project folder with the real config and lib/, and the given entity files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(base, 'project-'));
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  cpSync('lib', path.join(dir, 'lib'), { recursive: true });
  for (const name of ['contentlayer.config.ts', 'package.json', 'tsconfig.json']) copyFileSync(name, path.join(dir, name));
  mkdirSync(path.join(dir, 'content/entities'), { recursive: true });
  mkdirSync(path.join(dir, 'content/entries'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'content/entities', name), text);
  return dir;
}

function build(dir: string) {
  // The content layer finds its project through PWD before the working directory.
  const result = spawnSync(path.resolve('node_modules/.bin/contentlayer2'), ['build'], {
    cwd: dir,
    env: { ...process.env, PWD: dir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const GOOD = '---\nname: Amazon\ncategory: company\n---\nA company.\n\n<Quote by="A" source="https://a.example/">Words.</Quote>\n';

describe('contentlayer2 build without the checker', () => {
  it('builds clean content (the set-up works)', () => {
    const dir = project({ 'amazon.mdx': GOOD });
    const result = build(dir);
    expect(result.output).toContain('Generated 1 documents');
    expect(result.status).toBe(0);
  });

  it('fails on a body with code and on JavaScript frontmatter, running neither', () => {
    const marker = path.join(base, 'code-ran');
    const dir = project({
      'amazon.mdx': GOOD,
      // Line 5 of the file: the body's expression.
      'bad-body.mdx': `---\nname: Bad\ncategory: company\n---\nHello {require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')}.\n`,
      'bad-frontmatter.mdx': `---js\n{ name: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'A'), category: 'company' }\n---\nHello.\n`,
    });
    const result = build(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('unsafe MDX refused (a body may use Markdown, GFM and <Quote> only): 5:7: the expression {require(');
    expect(result.output).toContain('frontmatter written in JavaScript (---js) is not allowed: it would run as code');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(dir, '.contentlayer/generated/Entity/entities__bad-body.mdx.json'))).toBe(false);
  });
});
