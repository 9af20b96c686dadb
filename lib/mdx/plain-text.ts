/**
 * The words of an MDX body as a reader sees them: no link addresses, no emphasis marks, no
 * component tags, the text inside components kept. Read with the one parser the checker and the
 * build use (`parseMdx`), so the word count, the search index and the page agree on what a body
 * says.
 */
import { toString } from 'mdast-util-to-string';
import { parseMdx } from './parse-mdx';

/** Plain text of `mdx`; a body the parser refuses (the checker reports it) is returned as written. */
export function plainText(mdx: string): string {
  const { tree } = parseMdx(mdx);
  const text = tree ? toString(tree, { includeImageAlt: true }) : mdx;
  return text.replace(/\s+/g, ' ').trim();
}
