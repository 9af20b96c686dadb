/**
 * What the checker and the search index need from a body, read from one parse: the words a
 * reader sees and what the body may not contain. Small enough to keep between runs
 * (lib/content-build/body-facts-cache.ts), where the syntax tree is not.
 */
import { parseMdx } from './parse-mdx';
import { parsedText } from './plain-text';
import { findUnsafeMdx } from './safe-mdx';

/** A place in the body (lines count from 1 at the body's first line) and what is wrong there. */
export interface BodyFinding {
  line: number;
  message: string;
}

export interface BodyFacts {
  /** The body as plain text (plain-text.ts): what the word count and the search index read. */
  text: string;
  /** Why the parser refused the body; `unsafe` is then empty, as nothing could be walked. */
  error?: BodyFinding;
  /** What the body may not contain (safe-mdx.ts), in the order the walk found it. */
  unsafe: BodyFinding[];
}

/** Where facts come from: read anew, or from a store that remembers earlier runs. */
export interface BodyFactsSource {
  facts: (body: string) => BodyFacts;
}

/** Parses `body` once and reads its facts. */
export function readBodyFacts(body: string): BodyFacts {
  const parsed = parseMdx(body);
  const text = parsedText(parsed, body);
  if (parsed.error) return { text, error: { line: parsed.error.line, message: parsed.error.message }, unsafe: [] };
  return { text, unsafe: findUnsafeMdx(parsed.tree).map(({ line, message }) => ({ line, message })) };
}

/** Facts read at most once per distinct body in this process, kept nowhere else. */
export function bodyFactsInMemory(): BodyFactsSource {
  const known = new Map<string, BodyFacts>();
  return {
    facts(body) {
      let found = known.get(body);
      if (!found) {
        found = readBodyFacts(body);
        known.set(body, found);
      }
      return found;
    },
  };
}
