/**
 * `npm run new` and `npm run new:entity` as a contributor runs them: the file they write has
 * every field, fails the checker on each TODO until it is filled, then passes; they never
 * overwrite a file; and they ask questions when told to.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { today } from '@/lib/content/dates';
import { entitySchema, entrySchema } from '@/lib/content/schema';
import { makeContent, problemLinesFor, runScript, shown, VALID_BODY } from '../support/content-fixture';

const base = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A content folder with the entities the examples name. */
function content(): string {
  const root = makeContent(base);
  writeFileSync(path.join(root, 'entities/boston-city-council.mdx'), '---\nname: Boston City Council\ncategory: government\n---\nA council.\n');
  writeFileSync(path.join(root, 'entities/boston.mdx'), '---\nname: Boston\ncategory: jurisdiction\nlevel: city\n---\nA city.\n');
  return root;
}

const newEntry = (root: string, args: string[], input?: string) => runScript('scripts/new.ts', ['--content', root, ...args], { input });
const newEntity = (root: string, args: string[], input?: string) => runScript('scripts/new-entity.ts', ['--content', root, ...args], { input });
const check = (root: string) => runScript('scripts/check.ts', ['--content', root]);

const BOSTON = ['--kind', 'legislation', '--date', '2020-06-24', '--title', 'Boston bans city use of face surveillance', '--actor', 'boston-city-council'];
const BOSTON_FILE = 'entries/2020/2020-06-24-boston-bans-city-use-of-face-surveillance.mdx';

/** Fills in every TODO of the scaffolded Boston entry the way a contributor would. */
function fillEntry(text: string): string {
  return text
    .replace(/^summary: .*$/m, 'summary: The council voted to stop city agencies using face surveillance.')
    .replace(/^jurisdictions: .*$/m, 'jurisdictions: [boston]')
    .replace(/^status: .*$/m, 'status: enacted')
    .replace(/^ {2}- date: .*$/m, '  - date: 2020-06-24')
    .replace(/^ {4}status: .*$/m, '    status: enacted')
    .replace(/^related:\n.*\n.*\n/m, '')
    .replace(/^scope: .*$/m, 'scope: [government]')
    .replace(/^measure: .*$/m, 'measure: [ban]')
    .replace(/^ {2}- title: .*$/m, '  - title: Council vote')
    .replace(/^ {4}url: .*$/m, '    url: https://www.boston.gov/news/face-surveillance-ordinance-vote')
    .replace(/^ {4}publisher: .*$/m, '    publisher: Example')
    .replace(/^.*TODO \(optional; delete the line if it does not apply\).*\n/gm, '')
    .replace(/^TODO: write .*$/m, VALID_BODY);
}

describe('npm run new', () => {
  it('writes the entry with every field, today as added and reviewed, and the given answers', () => {
    const root = content();
    const result = newEntry(root, BOSTON);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Created ${shown(path.join(root, BOSTON_FILE))}`);
    const text = readFileSync(path.join(root, BOSTON_FILE), 'utf8');
    for (const key of Object.keys(entrySchema.shape)) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(text).toContain('title: Boston bans city use of face surveillance\ndate: 2020-06-24\ndatePrecision: day\nkind: legislation\n');
    expect(text).toContain('actors: [boston-city-council]\n');
    expect(text).toContain(`added: ${today()}\nreviewed: ${today()}\n`);
  });

  it('fails the checker on each TODO, with its line, until they are filled; then passes', () => {
    const root = content();
    newEntry(root, BOSTON);
    const absolute = path.join(root, BOSTON_FILE);
    const file = shown(absolute);
    const before = check(root);
    expect(before.status).toBe(1);
    const lines = problemLinesFor(before.stderr, file);
    expect(lines).toContain(`${file}:6: summary: still says TODO; fill it in`);
    expect(lines).toContain(`${file}:9: jurisdictions: still says TODO; fill it in, or delete it if it does not apply`);
    expect(lines).toContain(`${file}:11: status: still says TODO; fill it in`);
    expect(lines).toContain(`${file}:20: related[0].entry: still says TODO; fill it in, or delete the whole \`related\` field if it does not apply`);
    expect(lines).toContain(`${file}:27: sources[0].url: still says TODO; fill it in`);
    expect(lines).toContain(`${file}:34: body: still has a TODO; write the text in its place`);
    // Every problem in the new file is about something left to fill in.
    expect(lines.filter((line) => !/still (says|has) a? ?TODO|body: has \d+ words/.test(line))).toEqual([]);

    writeFileSync(absolute, fillEntry(readFileSync(absolute, 'utf8')));
    const after = check(root);
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  it('refuses to overwrite a file, and leaves it as it was', () => {
    const root = content();
    newEntry(root, BOSTON);
    const absolute = path.join(root, BOSTON_FILE);
    writeFileSync(absolute, 'my work');
    const again = newEntry(root, BOSTON);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`npm run new: ${shown(absolute)} already exists; edit it, or choose other words for the file name`);
    expect(readFileSync(absolute, 'utf8')).toBe('my work');
  });

  it('writes a month-precision date on the 1st and starts the file name with the month', () => {
    const root = content();
    const result = newEntry(root, ['--kind', 'advocacy', '--date', '2020-08', '--title', "Council's statement", '--actor', 'boston-city-council']);
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(root, 'entries/2020/2020-08-councils-statement.mdx'), 'utf8');
    expect(text).toContain('date: 2020-08-01\ndatePrecision: month\n');
  });

  it('says what is wrong with the flags, with suggestions, and writes nothing', () => {
    const root = content();
    const result = newEntry(root, ['--kind', 'legislaton', '--date', '2020-02-30', '--title', 'X', '--actor', 'boston-council']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run new: --kind: kind "legislaton" is not allowed; use one of: corporate, legislation, advocacy, research, legal (did you mean "legislation"?)');
    expect(result.stderr).toContain('npm run new: --date: date "2020-02-30" is not a real date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known');
    expect(result.stderr).toContain('npm run new: --actor: actor "boston-council" is not an entity in content/entities/ (did you mean "boston-city-council"?); add it first with npm run new:entity');
    expect(existsSync(path.join(root, 'entries/2020/2020-02-30-x.mdx'))).toBe(false);
  });

  it('asks for each answer in interactive mode, again after a wrong one', () => {
    const root = content();
    const input = ['legislaton', 'legislation', '2020-06-24', 'Boston bans city use of face surveillance', 'boston-city-council', ''].join('\n');
    const result = newEntry(root, ['--interactive'], input);
    expect(result.stdout).toContain('Kind (corporate, legislation, advocacy, research, legal): ');
    expect(result.stdout).toContain('kind "legislaton" is not allowed');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, BOSTON_FILE), 'utf8')).toContain('kind: legislation\n');
  });

  it('prints its usage when run with no flags and no terminal to ask in', () => {
    const result = newEntry(content(), []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run new -- --kind <kind>');
  });
});

describe('npm run new:entity', () => {
  it('writes an entity that fails on its TODOs, passes once they are filled, and is never overwritten', () => {
    const root = content();
    const result = newEntity(root, ['--name', 'Clearview AI', '--category', 'company']);
    expect(result.status).toBe(0);
    const absolute = path.join(root, 'entities/clearview-ai.mdx');
    const file = shown(absolute);
    const text = readFileSync(absolute, 'utf8');
    expect(text).toMatch(/^---\nname: Clearview AI\ncategory: company\naliases: "TODO \(optional;/);
    // Places only: the checker refuses parent and level on a company.
    expect(text).not.toMatch(/^(parent|level):/m);

    const before = check(root);
    expect(problemLinesFor(before.stderr, file)).toEqual([
      `${file}:4: aliases: still says TODO; fill it in, or delete it if it does not apply`,
      `${file}:5: website: still says TODO; fill it in, or delete it if it does not apply`,
      `${file}:7: body: still has a TODO; write the text in its place`,
    ]);

    writeFileSync(
      absolute,
      text.replace(/^aliases: .*$/m, 'aliases: [Clearview]').replace(/^website: .*\n/m, '').replace(/^TODO: .*$/m, 'A company that sells face search to police.'),
    );
    expect(check(root).status).toBe(0);

    const again = newEntity(root, ['--name', 'Clearview AI', '--category', 'company']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('writes a jurisdiction with its level and parent, and every entity field', () => {
    const root = content();
    const result = newEntity(root, ['--name', 'Roxbury', '--category', 'jurisdiction', '--level', 'city', '--parent', 'boston']);
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(root, 'entities/roxbury.mdx'), 'utf8');
    for (const key of Object.keys(entitySchema.shape)) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(text).toContain('parent: boston\nlevel: city\n');
  });
});
