/**
 * Hostile frontmatter and files, each checked through the real CLI: every one gets its own clear
 * message with file and line, none crashes or hangs the checker, and harmless differences (a
 * byte-order mark, Windows line endings) are accepted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_BODY_LINE, ENTRY_FRONTMATTER, entryText, makeContent, problemLinesFor, runScript, shown, VALID_BODY, type CliResult } from '../support/content-fixture';

const base = mkdtempSync(path.join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The first line after the valid frontmatter's last line. */
const AFTER = ENTRY_FRONTMATTER.length + 2;
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
for (let i = 0; i < 8; i++) {
  const name = String.fromCharCode(98 + i);
  bomb.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
}

interface Case {
  name: string;
  /** Relative to the content folder. */
  file: string;
  make: (absolute: string) => void;
  expected: (file: string) => string[];
}

const text = (body: string) => (absolute: string) => writeFileSync(absolute, body);
const entry = (extra: string[]) => text(entryText(VALID_BODY, [...ENTRY_FRONTMATTER, ...extra]));

const CASES: Case[] = [
  {
    name: 'a YAML alias bomb',
    file: 'entries/2020/2020-06-10-alias-bomb.mdx',
    make: entry(bomb),
    expected: (f) => [`${f}:${AFTER + 1}: frontmatter: uses the YAML alias *a; write the value out instead (aliases can expand into huge data)`],
  },
  {
    name: 'a duplicate key',
    file: 'entries/2020/2020-06-10-duplicate-key.mdx',
    make: entry(['kind: legal']),
    expected: (f) => [`${f}:${AFTER}: frontmatter: "kind" is written twice; keep one`],
  },
  {
    name: 'unknown keys',
    file: 'entries/2020/2020-06-10-unknown-keys.mdx',
    make: entry(['tittle: x', 'colour: red']),
    expected: (f) => [
      `${f}:${AFTER}: tittle: is not a known field (did you mean "title"?)`,
      `${f}:${AFTER + 1}: colour: is not a known field; allowed fields: title, date, datePrecision, kind, summary, actors, binds, jurisdictions, topics, status, history, effective, expires, related, scope, measure, exceptions, sources, added, reviewed`,
    ],
  },
  {
    name: 'a tab used for indentation',
    file: 'entries/2020/2020-06-10-tabs.mdx',
    make: text(entryText(VALID_BODY, ENTRY_FRONTMATTER.map((line) => line.replace(/^ {2}- title/, '\t- title')))),
    expected: (f) => [`${f}:8: frontmatter: is indented with a tab; indent YAML with spaces`],
  },
  {
    name: 'a file over 256 KB',
    file: 'entries/2020/2020-06-10-too-big.mdx',
    make: text(entryText('word '.repeat(60_000))),
    expected: (f) => [`${f}:1: file: is 294 KB; a content file may be at most 256 KB`],
  },
  {
    name: 'a huge sparse file, refused without reading it',
    file: 'entries/2020/2020-06-10-huge.mdx',
    make: (absolute) => {
      writeFileSync(absolute, '');
      truncateSync(absolute, 2 ** 30);
    },
    expected: (f) => [`${f}:1: file: is 1048576 KB; a content file may be at most 256 KB`],
  },
  {
    name: 'bytes that are not UTF-8',
    file: 'entries/2020/2020-06-10-latin-1.mdx',
    make: (absolute) => writeFileSync(absolute, Buffer.from(entryText(VALID_BODY).replace('paused police', 'paused polic\u00e9'), 'latin1')),
    expected: (f) => [`${f}:5: file: is not UTF-8 text (byte 0xe9 at offset 112); save it as UTF-8`],
  },
  {
    name: 'a folder where an entry file belongs',
    file: 'entries/2020/2020-06-10-folder.mdx',
    make: (absolute) => mkdirSync(absolute),
    expected: (f) => [`${f}:1: file: is a folder where entries belong; move its files up or remove it`],
  },
  {
    name: 'a folder where an entity file belongs',
    file: 'entities/ibm',
    make: (absolute) => mkdirSync(absolute),
    expected: (f) => [`${f}:1: file: is a folder where entities belong; move its files up or remove it`],
  },
  {
    name: 'a symbolic link where a file belongs',
    file: 'entries/2020/2020-06-10-link.mdx',
    make: (absolute) => symlinkSync('/etc/passwd', absolute),
    expected: (f) => [`${f}:1: file: is a symbolic link; entries must be ordinary files`],
  },
  {
    name: 'a symbolic link where a year folder belongs',
    file: 'entries/2021',
    make: (absolute) => symlinkSync('/etc', absolute),
    expected: (f) => [`${f}:1: file: is a symbolic link; a year folder must be an ordinary folder`],
  },
  {
    name: 'a named pipe, which would block a reader forever',
    file: 'entries/2020/2020-06-10-pipe.mdx',
    make: (absolute) => execFileSync('mkfifo', [absolute]),
    expected: (f) => [`${f}:1: file: is not an ordinary file (a pipe, socket or device); entries must be ordinary files`],
  },
  {
    name: 'frontmatter nested too deeply',
    file: 'entries/2020/2020-06-10-deep.mdx',
    make: entry([`exceptions: ${'['.repeat(50_000)}${']'.repeat(50_000)}`]),
    expected: (f) => [`${f}:${AFTER}: frontmatter: is nested too deeply to read`],
  },
  {
    name: 'JavaScript frontmatter',
    file: 'entries/2020/2020-06-10-js.mdx',
    make: text(entryText(VALID_BODY).replace(/^---\n/, '---js\n')),
    expected: (f) => [`${f}:1: frontmatter: opens with "---js"; frontmatter is YAML between two lines of exactly "---" (other languages, like ---js, would run as code)`],
  },
  {
    name: 'a body too long to parse quickly',
    file: 'entries/2020/2020-06-10-long-body.mdx',
    // 2,500 words of five characters, and the file's final newline.
    make: text(entryText('word '.repeat(2_500))),
    expected: (f) => [
      `${f}:${ENTRY_BODY_LINE}: body: has 2500 words; write 120 to 400 (keep to the essentials)`,
      `${f}:${ENTRY_BODY_LINE}: body: is 12,501 characters long; a body may have at most 10,000`,
    ],
  },
  {
    name: 'a body nested too deeply',
    file: 'entries/2020/2020-06-10-deep-body.mdx',
    make: text(entryText(`${VALID_BODY}\n\n${'>'.repeat(9_000)} x`)),
    expected: (f) => [`${f}:${ENTRY_BODY_LINE}: body: is nested too deeply to read`],
  },
  {
    name: 'a byte-order mark (accepted)',
    file: 'entries/2020/2020-06-10-bom.mdx',
    make: text(`\uFEFF${entryText(VALID_BODY)}`),
    expected: () => [],
  },
  {
    name: 'Windows line endings (accepted)',
    file: 'entries/2020/2020-06-10-crlf.mdx',
    make: text(entryText(VALID_BODY).replaceAll('\n', '\r\n')),
    expected: () => [],
  },
];

let root: string;
let result: CliResult;
beforeAll(() => {
  root = makeContent(base);
  for (const c of CASES) c.make(path.join(root, c.file));
  // A hang would never end; a generous limit tells it apart from a slow run on a busy machine.
  result = runScript('scripts/check.ts', ['--content', root], { timeout: 100_000 });
}, 120_000);

describe('npm run check on hostile files', () => {
  it('finishes with exit code 1 instead of crashing or hanging', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+:\d+/); // no stack trace
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const file = shown(path.join(root, c.file));
    expect(problemLinesFor(result.stderr, file)).toEqual(c.expected(file));
  });

  it('reads the accepted files as entries, and nothing more', () => {
    // The byte-order mark and CRLF files, and the unknown-keys and two body files (read, then refused).
    expect(result.stderr).toContain('(5 entries, 1 entities, 25 topics)');
  });
});
