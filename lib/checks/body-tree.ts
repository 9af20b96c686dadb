/**
 * A document's body parsed once per check run. Two rules read the body's syntax tree (its word
 * count, and what it may contain); parsing it once for both halves the checker's largest cost
 * (at 10,000 entries, parsing was most of its time). Kept per parsed file, so a new run reads anew.
 */
import type { ParsedFile } from '../content/read-document';
import { parseMdx, type MdxParse } from '../mdx/parse-mdx';

const parses = new WeakMap<ParsedFile, MdxParse>();

/** The syntax tree of `parsed.body`, or why it cannot be read. */
export function bodyTree(parsed: ParsedFile): MdxParse {
  let found = parses.get(parsed);
  if (!found) {
    found = parseMdx(parsed.body);
    parses.set(parsed, found);
  }
  return found;
}
