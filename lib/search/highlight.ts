/** Marks the words of a text that a query matched, as segments a component can render safely. */
import { fold, stem } from './text';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits `text` into runs, marking words that start with one of the query's terms. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const stems = terms.map((term) => stem(fold(term))).filter((term) => term.length > 0);
  const segments: Segment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part === '') continue;
    const word = fold(part);
    const mark = /[\p{L}\p{N}]/u.test(part) && stems.some((term) => word.startsWith(term) || stem(word) === term);
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  return segments;
}

/** The first `max` characters of a text, cut at a word and marked with an ellipsis. */
export function excerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}
