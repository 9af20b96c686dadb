/** A <Quote> written on one line must not end up inside a <p> (invalid HTML, a hydration error). */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkBlockComponents } from '@/lib/mdx/remark-block-components';

const transform = (body: string): Root => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBlockComponents);
  return processor.runSync(processor.parse(body)) as Root;
};

describe('remark-block-components', () => {
  it('lifts a Quote that is alone in its paragraph out of the paragraph, keeping its attributes and words', () => {
    const tree = transform('Before.\n\n<Quote by="A" source="https://a.example/">Words here.</Quote>\n\nAfter.');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'paragraph']);
    const quote = tree.children[1] as Extract<Root['children'][number], { type: 'mdxJsxFlowElement' }>;
    expect(quote.name).toBe('Quote');
    expect(quote.attributes.map((attribute) => ('name' in attribute ? attribute.name : ''))).toEqual(['by', 'source']);
    expect(JSON.stringify(quote.children)).toContain('Words here.');
  });

  it('leaves a Quote inside a sentence where it is (the safe-MDX walk refuses it)', () => {
    const tree = transform('He said <Quote by="A">yes</Quote> and left.');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });
});
