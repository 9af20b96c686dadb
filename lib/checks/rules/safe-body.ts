/**
 * A body is Markdown, GFM and the project's own components, nothing that runs code. The same
 * walk guards the build (lib/mdx/remark-safe-mdx.ts); here it names the file and line.
 */
import type { ContentDoc } from '../../content/content-tree';
import type { Problem } from '../../content/problem';
import type { BodyFactsSource } from '../../mdx/body-facts';
import type { Rule } from '../rule';

function checkBody(doc: ContentDoc, bodies: BodyFactsSource): Problem[] {
  const { file, bodyLine } = doc.parsed;
  // Lines in the body count from 1; in the file the body starts after the frontmatter.
  const fileLine = (line: number) => bodyLine + line - 1;
  const { error, unsafe } = bodies.facts(doc.parsed.body);
  const found = error ? [error] : unsafe;
  return found.map(({ line, message }) => ({ file, line: fileLine(line), field: 'body', message }));
}

export const safeBody: Rule = {
  id: 'safe-body',
  description: 'Bodies use Markdown, GFM and the `<Quote>` component only: no `import` or `export`, no `{expressions}`, no raw HTML or event handlers; links to https, mailto or this site; images from this site; a `<Quote>` on its own lines.',
  check: ({ entries, entities, bodies }) => [...entries, ...entities].flatMap((doc) => checkBody(doc, bodies)),
};
