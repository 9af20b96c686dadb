/**
 * Turns the bytes of one content file into frontmatter data, a body and a way to find the line
 * of any field, or into problems that say why it cannot be read. Never throws on bad input.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Problem } from './problem';

export const MAX_FILE_BYTES = 256 * 1024;

export interface ParsedFile {
  /** Path relative to the repository root. */
  file: string;
  /** The frontmatter as plain data; not yet checked against the schema. */
  data: Record<string, unknown>;
  /** The Markdown body after the closing `---`. */
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** The file line of a field (`['sources', 0, 'url']`), or of its nearest existing parent. */
  locate: (path: readonly PropertyKey[]) => number;
}

export type ReadResult = { parsed: ParsedFile; problems: Problem[] } | { parsed: undefined; problems: Problem[] };

/** Byte offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Reads a content file with YAML frontmatter; `file` is used only to name it in problems. */
export function readFrontmatterFile(file: string, bytes: Uint8Array): ReadResult {
  const fail = (line: number, field: string, message: string): ReadResult => ({
    parsed: undefined,
    problems: [{ file, line, field, message }],
  });

  if (bytes.length > MAX_FILE_BYTES) return fail(1, 'file', tooLargeMessage(bytes.length));
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    return fail(lineOfOffset(bytes, bad), 'file', `is not UTF-8 text (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8`);
  }

  // A byte-order mark and Windows line endings are harmless: accept them and read on.
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const opening = lines[0]?.trimEnd() ?? '';
  if (opening !== '---') {
    // gray-matter would read `---js` as JavaScript and run it; say why it is refused.
    if (/^---\s*\S/.test(opening)) {
      return fail(1, 'frontmatter', `opens with "${opening.slice(0, 20)}"; frontmatter is YAML between two lines of exactly "---" (other languages, like ---js, would run as code)`);
    }
    return fail(1, 'frontmatter', 'the file must start with a line "---" that opens the YAML frontmatter');
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (closing === -1) {
    return fail(1, 'frontmatter', 'has no closing "---" line; end the frontmatter with a line of three hyphens');
  }

  const yamlText = lines.slice(1, closing).join('\n');
  const lineCounter = new LineCounter();
  // uniqueKeys rejects duplicate keys; toJS below caps aliases against "billion laughs" bombs.
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  // Only the first error: the ones after it are mostly the parser losing its place.
  const yamlError = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (yamlError) {
    const line = toFileLine(yamlError.pos[0]);
    return fail(line, 'frontmatter', describeYamlError(yamlError, lines[line - 1] ?? ''));
  }

  // Aliases (`*name`) can expand a few lines into gigabytes; content never needs them.
  let alias: { line: number; source: string } | undefined;
  visit(doc, {
    Alias(_key, node) {
      alias = { line: toFileLine(node.range?.[0] ?? 0), source: node.source };
      return visit.BREAK;
    },
  });
  if (alias) {
    return fail(alias.line, 'frontmatter', `uses the YAML alias *${alias.source}; write the value out instead (aliases can expand into huge data)`);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(2, 'frontmatter', `could not be read: ${reason.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(2, 'frontmatter', 'must be a list of "key: value" lines');
  }

  return {
    parsed: {
      file,
      data: data as Record<string, unknown>,
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
      locate: (path) => toFileLine(locateOffset(doc, path)),
    },
    problems: [],
  };
}

/** `is 300 KB; a content file may be at most 256 KB` */
export function tooLargeMessage(bytes: number): string {
  return `is ${Math.ceil(bytes / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB`;
}

/** Words a writer can act on for a YAML error found on `lineText`. */
function describeYamlError(error: YAMLError, lineText: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#\s][^:#]*?)\s*:/.exec(lineText)?.[1];
      return `${key ? `"${key}"` : 'a key'} is written twice; keep one`;
    }
    case 'TAB_AS_INDENT':
      return 'is indented with a tab; indent YAML with spaces';
    case 'RESOURCE_EXHAUSTION':
      return 'is nested too deeply to read';
    default:
      // The first line of the message, without the code excerpt that prettyErrors appends.
      return `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
  }
}

/** Offset of the deepest node along `path`: the key for a map entry, the item for a list entry. */
function locateOffset(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
