/**
 * The checker refuses every attack body with its exact message, on the body's real line in the
 * file, through the real CLI; and the bodies real entries use stay allowed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_BODY_LINE, entryText, makeContent, problemLinesFor, runScript, shown, VALID_BODY, type CliResult } from '../../support/content-fixture';
import { BODY_FACTS_FILE } from '@/lib/content-build/body-facts-cache';
import { ALLOWED_SNIPPETS, ATTACKS } from './attacks';

const base = mkdtempSync(path.join(tmpdir(), 'safe-body-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Each snippet follows a paragraph and a blank line, so it starts on the body's third line. */
const SNIPPET_LINE = ENTRY_BODY_LINE + 2;
const fileFor = (root: string, kind: string, index: number) =>
  path.join(root, `entries/2020/2020-06-10-${kind}-${String(index).padStart(2, '0')}.mdx`);

let root: string;
let result: CliResult;
const cache = path.join(base, 'cache');
beforeAll(() => {
  root = makeContent(base);
  ATTACKS.forEach((attack, i) => writeFileSync(fileFor(root, 'attack', i), entryText(`${VALID_BODY}\n\n${attack.snippet}`)));
  ALLOWED_SNIPPETS.forEach((allowed, i) => writeFileSync(fileFor(root, 'allowed', i), entryText(`${VALID_BODY}\n\n${allowed.snippet}`)));
  result = runScript('scripts/check.ts', ['--content', root, '--cache', cache]);
});

describe('npm run check refuses bodies that could run code', () => {
  it('has at least fifteen attacks and exits 1', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(15);
    expect(result.status).toBe(1);
  });

  it.each(ATTACKS.map((attack, i) => [attack.name, i] as const))('refuses %s with file:line: body: message', (_name, i) => {
    const attack = ATTACKS[i]!;
    const file = shown(fileFor(root, 'attack', i));
    expect(problemLinesFor(result.stderr, file)).toEqual(
      attack.problems.map((problem) => `${file}:${SNIPPET_LINE + problem.line - 1}: body: ${problem.message}`),
    );
  });

  it.each(ALLOWED_SNIPPETS.map((allowed, i) => [allowed.name, i] as const))('allows %s', (_name, i) => {
    expect(problemLinesFor(result.stderr, shown(fileFor(root, 'allowed', i)))).toEqual([]);
  });

  it('refuses the same bodies with the same words on the next run, which reads their kept facts', () => {
    const again = runScript('scripts/check.ts', ['--content', root, '--cache', cache]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(result.stderr);
    expect(existsSync(path.join(cache, BODY_FACTS_FILE))).toBe(true);
  });

  it('checks a body again once it changes, even with its old facts kept', () => {
    const file = fileFor(root, 'attack', 0);
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, entryText(VALID_BODY));
      const fixed = runScript('scripts/check.ts', ['--content', root, '--cache', cache]);
      expect(problemLinesFor(fixed.stderr, shown(file))).toEqual([]);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('counts the body line after a frontmatter written with Windows line endings', () => {
    const crlfRoot = makeContent(base);
    const file = path.join(crlfRoot, 'entries/2020/2020-06-10-crlf.mdx');
    writeFileSync(file, entryText(`${VALID_BODY}\n\n<script>alert(1)</script>`).replaceAll('\n', '\r\n'));
    const crlf = runScript('scripts/check.ts', ['--content', crlfRoot]);
    expect(crlf.stderr.trim().split('\n')[0]).toBe(
      `${shown(file)}:${SNIPPET_LINE}: body: <script> is not allowed: a body cannot contain raw HTML; write Markdown, or use <Quote>`,
    );
  });
});
