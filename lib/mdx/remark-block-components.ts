/**
 * MDX reads `<Quote by="…">words</Quote>` written on one line as a paragraph holding an inline
 * element, so the page would carry `<figure>` inside `<p>`: invalid HTML that browsers repair and
 * React then reports as a hydration error. This plugin lifts a block component that is a
 * paragraph's only content out of the paragraph. A block component mixed into a sentence is
 * refused by the safe-MDX walk instead (see safe-mdx.ts).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { componentSpec } from './components';

type TextElement = Extract<RootContent, { type: 'mdxJsxTextElement' }>;

/** The block component a paragraph consists of, alone but for white space, if it does. */
export function soleBlockComponent(paragraph: Paragraph): TextElement | undefined {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'mdxJsxTextElement' || only.name === null) return undefined;
  return componentSpec(only.name)?.block ? only : undefined;
}

export const remarkBlockComponents: Plugin<[], Root> = function remarkBlockComponents() {
  return (tree) => {
    const stack: { children: RootContent[] }[] = [tree];
    while (stack.length > 0) {
      const parent = stack.pop()!;
      parent.children = parent.children.map((child) => {
        if (child.type !== 'paragraph') return child;
        const element = soleBlockComponent(child);
        // Same name, attributes and content; only the node type changes from inline to block.
        return element ? ({ ...element, type: 'mdxJsxFlowElement', position: child.position } as unknown as RootContent) : child;
      });
      for (const child of parent.children) {
        if ('children' in child && child.type !== 'paragraph') stack.push(child as { children: RootContent[] });
      }
    }
  };
};
