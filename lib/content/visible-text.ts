/**
 * Characters that change what a reader or a program sees without showing themselves: control
 * characters (a newline in a value would start a new line, and in CI a line starting `::` is a
 * workflow command), bidirectional overrides that reorder text, and zero-width characters that
 * hide inside words. The schema refuses them in text fields; outputs that echo values show them
 * escaped with `visible`.
 */

/** C0 and C1 controls and DEL (tab, newline and carriage return included). */
const CONTROL = '\\u0000-\\u001f\\u007f-\\u009f';
/** Bidirectional embeddings, overrides, isolates and marks. */
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Zero-width spaces and joiners, the word joiner and the byte-order mark inside text. */
const ZERO_WIDTH = '\\u200b-\\u200d\\u2060\\ufeff';
/** Line and paragraph separators, which some programs treat as line breaks. */
const SEPARATORS = '\\u2028\\u2029';

export const HIDDEN_CHARACTER = new RegExp(`[${CONTROL}${BIDI}${ZERO_WIDTH}${SEPARATORS}]`, 'u');
const HIDDEN_CHARACTERS = new RegExp(HIDDEN_CHARACTER.source, 'gu');

/** `U+202E` for a character. */
export const codePoint = (character: string): string =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A name for the kind of hidden character, for messages. */
export function describeHidden(character: string): string {
  const code = character.codePointAt(0)!;
  if (code === 0x0a) return 'a line break';
  if (code === 0x09) return 'a tab';
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 'a control character';
  if (/[\u2028\u2029]/u.test(character)) return 'a line separator';
  if (/[\u200b-\u200d\u2060\ufeff]/u.test(character)) return 'a zero-width character';
  return 'a bidirectional control character';
}

/** The first hidden character in `text` and its 1-based position, if any. */
export function firstHidden(text: string): { character: string; position: number } | undefined {
  const match = HIDDEN_CHARACTER.exec(text);
  return match ? { character: match[0], position: [...text.slice(0, match.index)].length + 1 } : undefined;
}

/** `text` with every hidden character written as `\u{202E}`, so it cannot act on the output. */
export function visible(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, (character) => `\\u{${character.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
