/**
 * `npm run content`, the build's content step, as the build runs it: what it writes for the
 * site, the checker's wording (file, line, field) for bad frontmatter and bad bodies when the
 * checker was skipped, and its cache, which compiles only the bodies that changed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runSync } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '@/components/mdx-content';
import { ENTRY_BODY_LINE, ENTRY_FRONTMATTER, entryText, makeContent, runScript, shown, VALID_BODY } from '../support/content-fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'content-step-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRY = 'entries/2020/2020-06-10-amazon-pause.mdx';

/** A content folder with one entry (`body`, `frontmatter`) and the `amazon` entity, and an output folder. */
function project(body: string, frontmatter: readonly string[] = ENTRY_FRONTMATTER) {
  const root = makeContent(dir);
  writeFileSync(path.join(root, ENTRY), entryText(body, frontmatter));
  return { root, out: mkdtempSync(path.join(dir, 'out-')), file: shown(path.join(root, ENTRY)) };
}

const runStep = (root: string, out: string) => runScript('scripts/content.ts', ['--content', root, '--out', out], { timeout: 120_000 });

interface Written {
  entries: { slug: string; title: string; body: { raw: string; code: string }; _raw: { sourceFilePath: string } }[];
  entities: unknown[];
  problems?: string[];
}
const written = (out: string): Written => JSON.parse(readFileSync(path.join(out, 'content.json'), 'utf8')) as Written;

/** The HTML a compiled body renders to with the site's components. */
function render(code: string): string {
  const { default: Content } = runSync(code, runtime);
  return renderToStaticMarkup(createElement(Content, { components: MDX_COMPONENTS }));
}

describe('npm run content', () => {
  it('writes every document with its frontmatter and a compiled body that renders', () => {
    const body = `${VALID_BODY}\n\n<Quote by="Brad Smith" source="https://news.example/story">We will not sell.</Quote>\n\nSee [the ban](https://example.org/ban).`;
    const { root, out } = project(body);
    const result = runStep(root, out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^content: 1 entry and 1 entity in [\d.]+ s \(2 bodies compiled, 0 from the cache\)$/m);
    expect(result.status).toBe(0);

    const { entries, entities, problems } = written(out);
    expect(problems).toBeUndefined();
    expect(entities).toHaveLength(1);
    expect(entries.map((entry) => [entry.slug, entry.title, entry._raw.sourceFilePath])).toEqual([
      ['2020-06-10-amazon-pause', 'Amazon pauses police use of Rekognition', ENTRY],
    ]);
    expect(entries[0]!.body.raw).toBe(`${body}\n`);
    const html = render(entries[0]!.body.code);
    expect(html).toContain('<p>word word');
    expect(html).toContain('We will not sell.');
    expect(html).toContain('Brad Smith');
    expect(html).toContain('<a href="https://example.org/ban">the ban</a>');
    // Only the body is compiled: the frontmatter is not carried again in the code.
    expect(entries[0]!.body.code).not.toContain('Rekognition');
  });

  it('stops on a frontmatter value the schema refuses, naming file, line and field', () => {
    const frontmatter = ENTRY_FRONTMATTER.map((line) => (line === 'kind: corporate' ? 'kind: corprate' : line));
    const { root, out, file } = project(VALID_BODY, frontmatter);
    const result = runStep(root, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:4: kind: "corprate" is not allowed; use one of: corporate, legislation, advocacy, research, legal (did you mean "corporate"?)`);
    expect(result.stderr).toContain('content: 1 problem; the build stops here');
    // The site shows the problem rather than the last good content.
    expect(written(out).problems).toEqual([`${file}:4: kind: "corprate" is not allowed; use one of: corporate, legislation, advocacy, research, legal (did you mean "corporate"?)`]);
  });

  it('stops on an MDX syntax error with the checker\'s words and the line in the file', () => {
    const { root, out, file } = project(`${VALID_BODY}\n\nA <Quote by="A">that never closes.\n`);
    const result = runStep(root, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${ENTRY_BODY_LINE + 2}: body: is not valid MDX: Expected a closing tag for \`<Quote>\``);
  });

  it('refuses a body with code and a ---js frontmatter, running neither', () => {
    const marker = path.join(dir, 'code-ran');
    const { root, out } = project(`Hello {require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')}.\n`);
    const badBody = shown(path.join(root, ENTRY));
    const badFrontmatter = path.join(root, 'entities/bad.mdx');
    writeFileSync(badFrontmatter, `---js\n{ name: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'A'), category: 'company' }\n---\nHello.\n`);
    const result = runStep(root, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${badBody}:${ENTRY_BODY_LINE}: body: the expression {require('fs').writeFileSync(`);
    expect(result.stderr).toContain(`${shown(badFrontmatter)}:1: frontmatter: opens with "---js"`);
    expect(existsSync(marker)).toBe(false);
  });

  it('compiles only the bodies that changed since the last run', () => {
    const { root, out } = project(VALID_BODY);
    expect(runStep(root, out).stdout).toContain('(2 bodies compiled, 0 from the cache)');
    const first = written(out).entries[0]!.body.code;

    const again = runStep(root, out);
    expect(again.stdout).toContain('(0 bodies compiled, 2 from the cache)');
    expect(written(out).entries[0]!.body.code).toBe(first);

    writeFileSync(path.join(root, ENTRY), entryText(`${VALID_BODY} more`));
    const changed = runStep(root, out);
    expect(changed.stdout).toContain('(1 body compiled, 1 from the cache)');
    expect(render(written(out).entries[0]!.body.code)).toContain('word more</p>');
  });
});
