/**
 * A strict XML 1.0 well-formedness check with saxes (the parser jsdom uses): unescaped `<` or
 * `&`, a bad attribute, an undefined entity or a character XML cannot hold is an error with its
 * line, as Chromium's feed and sitemap readers would refuse it.
 */
import { SaxesParser } from 'saxes';

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => problems.push(error.message));
  try {
    parser.write(xml).close();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}
