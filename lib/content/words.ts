/** Counting the words of a body as a reader sees them. */

/** Words in plain text (see lib/mdx/plain-text): tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** An entry's body says what happened, the context and the reactions in this many words. */
export const BODY_MIN_WORDS = 120;
export const BODY_MAX_WORDS = 400;
