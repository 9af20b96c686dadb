/**
 * The words of an MDX body as a reader sees them: no link addresses, no emphasis marks, no
 * component tags, the text inside components kept. Read with the one parser the checker and the
 * build use (`parseMdx`), so the word count, the search index and the page agree on what a body
 * says.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMdx, type MdxParse } from './parse-mdx';

/** Plain text of `mdx`; a body the parser refuses (the checker reports it) is returned as written. */
export function plainText(mdx: string): string {
  return parsedText(parseMdx(mdx), mdx);
}

/** Plain text of a body already parsed (`parsed`), with `mdx` as written for one the parser refused. */
export function parsedText(parsed: MdxParse, mdx: string): string {
  const text = parsed.tree ? treeText(parsed.tree) : mdx;
  return text.replace(/\s+/g, ' ').trim();
}

function treeText(tree: Root): string {
  return toString(tree, { includeImageAlt: true });
}
