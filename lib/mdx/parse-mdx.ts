/**
 * Parses a body into its MDX syntax tree with the same parser the build compiles it with:
 * remark-parse, remark-mdx and the syntax plugins in MDX_SYNTAX_PLUGINS. Never throws: a body
 * the parser refuses becomes an error with its line.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';

/**
 * The longest body the checker will parse. The longest real body is about 2,300 characters and
 * 400 words fit well within this; past it, hostile nesting (thousands of `*` or `>`) makes the
 * parser's time grow with the square of the length.
 */
export const MAX_BODY_CHARS = 10_000;

/** Syntax the build adds to MDX; the checker parses with the same list (see remark-plugins.ts). */
export const MDX_SYNTAX_PLUGINS: PluggableList = [remarkGfm];

const processor = unified().use(remarkParse).use(remarkMdx).use(MDX_SYNTAX_PLUGINS).freeze();

export interface MdxParseError {
  /** 1-based line within the parsed text. */
  line: number;
  column: number;
  message: string;
}

export type MdxParse = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxParseError };

/** A number-valued property of an unknown thrown value, if it has one. */
function numberProperty(value: unknown, key: string): number | undefined {
  if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'number' ? found : undefined;
}

/**
 * MDX has no `<https://…>` autolinks: its parser reads them as broken JSX and says so in terms of
 * JSX. Say it in terms a writer knows.
 */
function explain(text: string, line: number, column: number, reason: string): string {
  const lineText = text.split('\n')[line - 1] ?? '';
  for (const match of lineText.matchAll(/<[a-z][a-z0-9+.-]*:[^\s>]*>?/gi)) {
    const start = match.index + 1;
    if (column >= start && column <= start + match[0].length) {
      return `${match[0]} is an autolink, which MDX does not support; write [text](https://…) instead`;
    }
  }
  // MDX's own hint for `<!--` suggests a {/* */} comment, which bodies may not use either.
  if (reason.includes('to create a comment in MDX')) return 'has an HTML comment <!-- -->, which MDX does not support; remove it';
  if (reason.includes('Maximum call stack size exceeded')) return 'is nested too deeply to read';
  return `is not valid MDX: ${reason}`;
}

/** The syntax tree of `text`, or why it cannot be read. */
export function parseMdx(text: string): MdxParse {
  if (text.length > MAX_BODY_CHARS) {
    const length = text.length.toLocaleString('en');
    return { error: { line: 1, column: 1, message: `is ${length} characters long; a body may have at most ${MAX_BODY_CHARS.toLocaleString('en')}` } };
  }
  try {
    return { tree: processor.parse(text) };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    const line = numberProperty(error, 'line') ?? 1;
    const column = numberProperty(error, 'column') ?? 1;
    return { error: { line, column, message: explain(text, line, column, reason) } };
  }
}
