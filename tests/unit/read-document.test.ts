import { describe, expect, it } from 'vitest';
import { readFrontmatterFile } from '@/lib/content/read-document';

const FILE = 'content/entries/2020/2020-06-10-x.mdx';
const read = (text: string | Uint8Array) =>
  readFrontmatterFile(FILE, typeof text === 'string' ? new TextEncoder().encode(text) : text);
const messages = (text: string | Uint8Array) => read(text).problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);

describe('readFrontmatterFile', () => {
  it('reads frontmatter, body and the line of each field', () => {
    const { parsed } = read('---\ntitle: A\nsources:\n  - url: https://a.example\n---\nBody text\n');
    expect(parsed?.data).toEqual({ title: 'A', sources: [{ url: 'https://a.example' }] });
    expect(parsed?.body).toBe('Body text\n');
    expect(parsed?.bodyLine).toBe(6);
    expect(parsed?.locate(['title'])).toBe(2);
    expect(parsed?.locate(['sources', 0, 'url'])).toBe(4);
    // A missing field points at its nearest parent.
    expect(parsed?.locate(['sources', 0, 'publisher'])).toBe(4);
  });

  it('keeps dates as text rather than turning them into times', () => {
    expect(read('---\ndate: 2020-06-10\n---\n').parsed?.data.date).toBe('2020-06-10');
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const { parsed, problems } = read('\uFEFF---\r\ntitle: A\r\nkind: legal\r\n---\r\nBody\r\n');
    expect(problems).toEqual([]);
    expect(parsed?.data).toEqual({ title: 'A', kind: 'legal' });
    expect(parsed?.locate(['kind'])).toBe(3);
  });

  it('says when the frontmatter is missing or not closed', () => {
    expect(messages('title: A\n')).toEqual([
      `${FILE}:1: frontmatter: the file must start with a line "---" that opens the YAML frontmatter`,
    ]);
    expect(messages('---\ntitle: A\n')).toEqual([
      `${FILE}:1: frontmatter: has no closing "---" line; end the frontmatter with a line of three hyphens`,
    ]);
  });

  it('reports invalid YAML with its line instead of throwing', () => {
    expect(messages('---\ntitle: A\nactors: [amazon\n---\n')[0]).toMatch(
      new RegExp(`^${FILE}:3: frontmatter: is not valid YAML: `),
    );
  });

  it('rejects duplicate keys, naming the line of the second', () => {
    expect(messages('---\ntitle: A\nkind: legal\ntitle: B\n---\n')).toEqual([
      `${FILE}:4: frontmatter: "title" is written twice; keep one`,
    ]);
  });

  it('rejects tabs used for indentation', () => {
    expect(messages('---\nsources:\n\t- url: x\n---\n')).toEqual([`${FILE}:3: frontmatter: is indented with a tab; indent YAML with spaces`]);
  });

  it('stops a YAML alias bomb without expanding it', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    bomb.push('---', '');
    expect(messages(bomb.join('\n'))).toEqual([
      `${FILE}:3: frontmatter: uses the YAML alias *a; write the value out instead (aliases can expand into huge data)`,
    ]);
  });

  it('rejects frontmatter that is not a set of keys', () => {
    expect(messages('---\n- a\n- b\n---\n')).toEqual([`${FILE}:2: frontmatter: must be a list of "key: value" lines`]);
  });

  it('rejects bytes that are not UTF-8, naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\ntitle: caf'), 0xe9, ...new TextEncoder().encode('\n---\n')]);
    expect(messages(bytes)).toEqual([`${FILE}:2: file: is not UTF-8 text (byte 0xe9 at offset 14); save it as UTF-8`]);
  });

  it('rejects files over 256 KB before reading them', () => {
    expect(messages('---\n' + 'x'.repeat(300 * 1024))).toEqual([
      `${FILE}:1: file: is 301 KB; a content file may be at most 256 KB`,
    ]);
  });
});
