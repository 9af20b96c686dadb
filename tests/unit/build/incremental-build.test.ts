/**
 * A build after a change keeps the pages the change did not touch from the previous build
 * (lib/export/incremental/), and must write exactly what a full build of the same content
 * writes. This test builds a copy of the project four times with the real `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '@/lib/bench/project-copy';

const ROOT = process.cwd();
// Inside the project (a hard-linked node_modules needs the same disk), in a folder the copy and
// git both leave out.
const project = path.join(mkdtempSync(path.join(ROOT, '.vitest-incremental-')), 'site');
const BUILD_TIMEOUT_MS = 15 * 60_000;

/** The environment of the test run, without what would change how the build runs. */
const inherited: NodeJS.ProcessEnv = { ...process.env };
for (const name of ['FULL_BUILD', 'INCREMENTAL_BUILD', 'OUT_DIR', 'SITE_URL', 'EXPORT_BUILD_ID']) delete inherited[name];

function build(env: Record<string, string> = {}): string {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: project,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: { ...inherited, NEXT_TELEMETRY_DISABLED: '1', GITHUB_ACTIONS: '', ...env },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal}):\n${output.slice(-4000)}`);
  return output;
}

/** Every file of an export folder with the hash of its bytes. */
function filesOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const item of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const file = path.join(item.parentPath, item.name);
    files.set(path.relative(folder, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

/** The files that differ between two exports, or are in only one. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

const entryFile = (slug: string) => path.join(project, 'content/entries', slug.slice(0, 4), `${slug}.mdx`);
const EDITED = '2020-06-08-ibm-exits-general-purpose-facial-recognition.mdx';
const RETITLED = '2020-06-10-amazon-rekognition-police-moratorium.mdx';
const NEW_ENTRY = '2020-06-11-test-only-entry-for-the-incremental-build';

/** The content changes of the test: one word of one body, another entry's title, and a new entry. */
function changeContent(): void {
  const edited = entryFile(EDITED.replace('.mdx', ''));
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n\n(\S+) /, '\n\nIncrementally $1 '));
  const retitled = entryFile(RETITLED.replace('.mdx', ''));
  writeFileSync(retitled, readFileSync(retitled, 'utf8').replace(/^title: .*$/m, 'title: A retitled entry seen by the incremental build'));
  writeFileSync(entryFile(NEW_ENTRY), readFileSync(retitled, 'utf8').replace(/^title: .*$/m, 'title: An entry only this test adds').replace(/^date: .*$/m, 'date: 2020-06-11'));
}

afterAll(() => rmSync(path.dirname(project), { recursive: true, force: true }));

describe('npm run build after a change', () => {
  it('renders only what changed and writes what a full build writes', { timeout: 4 * BUILD_TIMEOUT_MS }, () => {
    copyProject(ROOT, project, path.join(ROOT, 'content'));
    const out = path.join(project, 'out');

    expect(build()).toContain('build: renders every page and file, as no finished build is recorded');
    const before = filesOf(out);

    changeContent();
    const rebuild = build();
    expect(rebuild).toContain("build: renders only the pages and files that changed, and keeps the rest from the previous build's out/");
    const planned = /rendered ([\d,]+) of ([\d,]+) pages and files of the dynamic routes \(those changed or new\) and kept the other/.exec(rebuild);
    expect(planned, rebuild.slice(-3000)).not.toBeNull();
    const [rendered, total] = [Number(planned![1]!.replace(/,/g, '')), Number(planned![2]!.replace(/,/g, ''))];
    expect(rendered).toBeGreaterThan(0);
    // A new entry shifts the search index's ids, so most of its files change with it; the pages
    // that do not name the changed entries are kept.
    expect(rendered).toBeLessThan(total / 2);
    const kept = filesOf(out);
    renameSync(out, path.join(project, 'out-kept'));

    // The same content built from nothing.
    expect(build({ FULL_BUILD: '1' })).toContain('build: renders every page and file, as FULL_BUILD is set');
    const full = filesOf(out);
    expect(differences(kept, full)).toEqual([]);

    // The change reached the pages a reader sees, and the build did not leave them as before.
    const changed = differences(before, full);
    expect(changed).toEqual(expect.arrayContaining([`entries/${NEW_ENTRY}/index.html`, 'entries/2020-06-08-ibm-exits-general-purpose-facial-recognition/index.html', 'entities/amazon/index.html']));
    expect(readFileSync(path.join(out, 'entities/amazon/index.html'), 'utf8')).toContain('A retitled entry seen by the incremental build');

    // Back to the first content: the added entry's page goes, and the export is the first one again.
    rmSync(entryFile(NEW_ENTRY));
    for (const file of [EDITED, RETITLED]) cpSync(path.join(ROOT, 'content/entries/2020', file), path.join(project, 'content/entries/2020', file));
    expect(build()).toMatch(/rendered [\d,]+ of [\d,]+ pages and files .*; [\d,]+ no longer built/);
    expect(differences(filesOf(out), before)).toEqual([]);
  });
});
