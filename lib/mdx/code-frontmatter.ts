/**
 * gray-matter, which the content layer and its MDX bundler use to split off the frontmatter,
 * passes a file that opens with `---js` (or `---javascript`) to eval. The checker refuses such a
 * file (frontmatter opens with a bare `---`), but a build run without the checker would execute
 * it. This swaps that engine, in the one gray-matter every caller shares, for one that throws.
 */
import { createRequire } from 'node:module';

export const CODE_FRONTMATTER_MESSAGE =
  'frontmatter written in JavaScript (---js) is not allowed: it would run as code; write YAML between two --- lines';

export function disableCodeFrontmatter(): void {
  const engines: unknown = createRequire(import.meta.url)('gray-matter/lib/engines.js');
  if (engines === null || typeof engines !== 'object') {
    throw new Error('gray-matter/lib/engines.js did not load; cannot make frontmatter safe');
  }
  const refuse = {
    parse: () => {
      throw new Error(CODE_FRONTMATTER_MESSAGE);
    },
  };
  // gray-matter looks engines up as "javascript" (the alias of "js") and also by the raw name.
  Reflect.set(engines, 'javascript', refuse);
  Reflect.set(engines, 'js', refuse);
}
