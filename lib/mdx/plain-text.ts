/**
 * The words of an MDX body as a reader sees them, read through the same Markdown + MDX + GFM
 * parser the build uses: no link addresses, no emphasis marks, component text kept.
 */
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function plainText(mdx: string): string {
  const tree = parser.parse(mdx);
  return toString(tree, { includeImageAlt: true }).replace(/\s+/g, ' ').trim();
}
