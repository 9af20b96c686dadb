/**
 * With the checker skipped, the build's own MDX compile still refuses every attack body: the
 * test compiles with @mdx-js/mdx and REMARK_PLUGINS, the list the content step compiles
 * with (tests/unit/content-step.test.ts runs the real step to prove the wiring).
 */
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { REMARK_PLUGINS } from '@/lib/mdx/remark-plugins';
import { MDX_SYNTAX_PLUGINS } from '@/lib/mdx/parse-mdx';
import { ALLOWED_SNIPPETS, ATTACKS } from './attacks';

const compileBody = (body: string) => compile(body, { remarkPlugins: REMARK_PLUGINS });

describe('the MDX compile step', () => {
  it.each(ATTACKS.map((attack) => [attack.name, attack] as const))('throws on %s', async (_name, attack) => {
    const error: unknown = await compileBody(`Some text.\n\n${attack.snippet}`).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    const message = error instanceof Error ? error.message : '';
    // Attacks the parser already refuses fail with the parser's words; the rest with the checker's.
    const parserRefuses = /autolink|HTML comment/.test(attack.problems[0]!.message);
    if (!parserRefuses) {
      for (const problem of attack.problems) expect(message).toContain(`${problem.line + 2}:`);
      for (const problem of attack.problems) expect(message).toContain(problem.message);
    }
  });

  it('would have compiled the same bodies without the guard: the guard is what stops them', async () => {
    const unguarded = ATTACKS.filter((attack) => !/autolink|HTML comment/.test(attack.problems[0]!.message));
    for (const attack of unguarded) {
      await expect(compile(attack.snippet, { remarkPlugins: MDX_SYNTAX_PLUGINS })).resolves.toBeDefined();
    }
  });

  it.each(ALLOWED_SNIPPETS.map((allowed) => [allowed.name, allowed.snippet] as const))('compiles %s', async (_name, snippet) => {
    const output = String(await compileBody(snippet));
    expect(output).toContain('function _createMdxContent');
  });

  it('keeps the Quote component and its https source in the compiled code', async () => {
    const output = String(await compileBody('<Quote by="Brad Smith" source="https://news.example/story">Words.</Quote>'));
    expect(output).toContain('"https://news.example/story"');
    expect(output).toContain('Quote');
  });
});
