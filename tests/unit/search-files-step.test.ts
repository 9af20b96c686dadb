/**
 * The search files the content step writes (lib/content-build/search-files.ts) and the
 * search-index route serves (lib/site-search.ts): each file the index builder makes, byte for byte
 * what the route served when it built them itself, only the current files after an entry is
 * removed, a changed body’s words on the next run, and the step’s problems instead of old
 * files when it stops.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { buildCollection } from '@/lib/content/collection';
import { topicsFileSchema } from '@/lib/content/schema';
import { GENERATED_DIR, readGenerated, SEARCH_FILES_DIR } from '@/lib/content-build/generated-file';
import { runContentStep } from '@/lib/content-build/run-step';
import { buildSearchFiles, searchFileBody, searchFileNames, sourcesFromCollection, vocabularyFromCollection } from '@/lib/search/build-index';
import { getSearchFileNames, readSearchFile } from '@/lib/site-search';
import { ENTRY_FRONTMATTER, entryText, makeContent, VALID_BODY } from '../support/content-fixture';

const base = mkdtempSync(path.join(tmpdir(), 'search-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A content folder and a project root whose `.generated/` the step writes. */
function project() {
  const content = makeContent(base);
  writeFileSync(path.join(content, 'entries/2020/2020-06-10-amazon-pause.mdx'), entryText(VALID_BODY));
  return { content, root: mkdtempSync(path.join(base, 'root-')) };
}

const step = (content: string, root: string) => runContentStep(content, path.join(root, GENERATED_DIR), formatProblem);

/** The bodies the route used to build in every worker from the generated content, by name. */
function bodiesBuiltAsBefore(content: string, root: string): Map<string, string> {
  const { entries, entities } = readGenerated(root);
  const topics = topicsFileSchema.parse(parseYaml(readFileSync(path.join(content, 'topics.yml'), 'utf8')));
  const collection = buildCollection(entries, entities, topics);
  const files = buildSearchFiles(sourcesFromCollection(collection), vocabularyFromCollection(collection));
  return new Map(searchFileNames(files).map((name) => [name, JSON.stringify(searchFileBody(files, name))]));
}

describe('the content step’s search files', () => {
  it('writes every search file once, and the route lists and serves exactly those bytes', async () => {
    const { content, root } = project();
    const result = await step(content, root);
    expect(result.problems).toEqual([]);

    const expected = bodiesBuiltAsBefore(content, root);
    expect(expected.size).toBeGreaterThan(4);
    expect([...getSearchFileNames(root)].sort()).toEqual([...expected.keys()].sort());
    expect(readdirSync(path.join(root, GENERATED_DIR, SEARCH_FILES_DIR)).sort()).toEqual([...expected.keys()].sort());
    for (const [name, body] of expected) expect(readSearchFile(name, root), name).toBe(body);
    const meta = JSON.parse(readSearchFile('meta.json', root)!) as { entries: number; total: number };
    expect(meta).toMatchObject({ entries: 1, total: 2 });
    expect(readSearchFile('nope.json', root)).toBeUndefined();
    expect(readSearchFile('../content.json', root)).toBeUndefined();
  });

  it('indexes a changed body’s new words on the next run, and the files equal those built from scratch', async () => {
    const { content, root } = project();
    await step(content, root);
    writeFileSync(path.join(content, 'entries/2020/2020-06-10-amazon-pause.mdx'), entryText(`${VALID_BODY} Qwzxv appealed.`));
    await step(content, root);
    const names = [...getSearchFileNames(root)];
    expect(names.filter((name) => (readSearchFile(name, root) ?? '').includes('qwzxv')).length).toBeGreaterThan(0);
    for (const [name, body] of bodiesBuiltAsBefore(content, root)) expect(readSearchFile(name, root), name).toBe(body);
  });

  it('leaves no file of a removed entry behind when the step runs again', async () => {
    const { content, root } = project();
    const extra = path.join(content, 'entries/2020/2020-07-01-zyxquv-ban.mdx');
    const frontmatter = ENTRY_FRONTMATTER.map((line) => (line.startsWith('title:') ? 'title: Zyxquv bans face scans' : line));
    writeFileSync(extra, entryText(VALID_BODY, frontmatter));
    await step(content, root);
    const titleShard = [...getSearchFileNames(root)].find((name) => (readSearchFile(name, root) ?? '').includes('zyxquv'));
    expect(titleShard).toBeDefined();

    rmSync(extra);
    await step(content, root);
    const files = readdirSync(path.join(root, GENERATED_DIR, SEARCH_FILES_DIR));
    expect(files.filter((name) => readFileSync(path.join(root, GENERATED_DIR, SEARCH_FILES_DIR, name), 'utf8').includes('zyxquv'))).toEqual([]);
    expect(files.sort()).toEqual([...getSearchFileNames(root)].sort());
    expect(readdirSync(path.join(root, GENERATED_DIR)).sort()).toEqual(['body-facts.json', 'compiled-bodies.json', 'content.json', 'search-files.json', 'search-index']);
  });

  it('gives the step’s problems, with file, line and field, instead of the old files', async () => {
    const { content, root } = project();
    await step(content, root);
    writeFileSync(
      path.join(content, 'entries/2020/2020-06-10-amazon-pause.mdx'),
      entryText(VALID_BODY, ENTRY_FRONTMATTER.map((line) => (line.startsWith('kind:') ? 'kind: corprate' : line))),
    );
    const result = await step(content, root);
    expect(result.problems).toHaveLength(1);
    expect(() => readSearchFile('meta.json', root)).toThrow(/^The content step stopped on these problems[^\n]*\n\S*2020-06-10-amazon-pause\.mdx:4: kind: "corprate" is not allowed/);
  });

  it('says how to make the files when the step has not run', () => {
    expect(() => getSearchFileNames(mkdtempSync(path.join(base, 'root-')))).toThrow(
      '.generated/search-files.json is missing: run `npm run content` (or `npm run build`) first',
    );
  });
});
