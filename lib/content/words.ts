/** Counting the words of a Markdown body as a reader sees them. */

/** Words in Markdown text, leaving out link addresses, tags and punctuation-only tokens. */
export function countWords(markdown: string): number {
  const visible = markdown
    .replace(/\]\([^)]*\)/g, ']') // link targets are not read
    .replace(/<[^>]+>/g, ' '); // nor are component tags
  return visible.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** An entry's body says what happened, the context and the reactions in this many words. */
export const BODY_MIN_WORDS = 120;
export const BODY_MAX_WORDS = 400;
