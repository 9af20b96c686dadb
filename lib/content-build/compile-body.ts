/**
 * Compiles one MDX body to the code the site renders: @mdx-js/mdx with the project's remark
 * plugins (the guard among them), as a function body that components/mdx-content.tsx runs.
 * Only the body is compiled: the frontmatter is data, read and checked elsewhere.
 */
import { compile } from '@mdx-js/mdx';
import { parseMdx } from '../mdx/parse-mdx';
import { REMARK_PLUGINS } from '../mdx/remark-plugins';
import { findUnsafeMdx } from '../mdx/safe-mdx';

/** Why a body cannot be compiled, on a line of its file. */
export interface BodyError {
  line: number;
  message: string;
}

export type Compiled = { code: string; errors?: undefined } | { code?: undefined; errors: BodyError[] };

/** A number-valued property of an unknown thrown value, if it has one. */
function numberProperty(value: unknown, key: string): number | undefined {
  if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'number' ? found : undefined;
}

/**
 * Why the compile failed, in the checker's words (lib/checks/rules/safe-body.ts reads the same
 * parser and the same walk), so a build run without the checker says the same thing.
 */
function explainFailure(body: string, bodyLine: number, thrown: unknown): BodyError[] {
  const fileLine = (line: number) => bodyLine + line - 1;
  const parsed = parseMdx(body);
  if (parsed.error) return [{ line: fileLine(parsed.error.line), message: parsed.error.message }];
  const unsafe = findUnsafeMdx(parsed.tree);
  if (unsafe.length > 0) return unsafe.map((found) => ({ line: fileLine(found.line), message: found.message }));
  const reason = (thrown instanceof Error ? thrown.message : String(thrown)).split('\n')[0]!;
  return [{ line: numberProperty(thrown, 'line') ?? bodyLine, message: `could not be compiled: ${reason}` }];
}

/**
 * Compiles `body`, which starts on line `bodyLine` of its file. The body is compiled after
 * `bodyLine - 1` empty lines (which Markdown ignores), so the lines the compiler and the guard
 * report are lines of the file.
 */
export async function compileBody(body: string, bodyLine: number): Promise<Compiled> {
  try {
    const file = await compile('\n'.repeat(bodyLine - 1) + body, {
      outputFormat: 'function-body',
      development: false,
      remarkPlugins: REMARK_PLUGINS,
    });
    return { code: String(file) };
  } catch (error) {
    return { errors: explainFailure(body, bodyLine, error) };
  }
}
