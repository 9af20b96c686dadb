/** Marks the words of a text that a query matched, as segments a component can render safely. */
import { fold, searchKey } from './text';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into runs, marking words that start with one of the query's words (the last one
 * may be half-typed) or that the index takes for the same word: "bans" and "prohibited" for "ban",
 * "facial" for "face".
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const typed = terms.map(fold).filter((term) => term.length > 0);
  const keys = new Set(typed.map(searchKey));
  // Words repeat ("the", "police"): each is judged once. The search page marks 30 results at a
  // time, and this ran for every word of every one while the page was busiest.
  const marks = new Map<string, boolean>();
  const marked = (part: string): boolean => {
    let mark = marks.get(part);
    if (mark === undefined) {
      const word = fold(part);
      mark = keys.has(searchKey(word)) || typed.some((term) => word.startsWith(term));
      marks.set(part, mark);
    }
    return mark;
  };
  const segments: Segment[] = [];
  // Split with a capturing group: the parts at odd places are the words, the rest what is between.
  text.split(/([\p{L}\p{N}]+)/u).forEach((part, i) => {
    if (part === '') return;
    const mark = i % 2 === 1 && marked(part);
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  });
  return segments;
}

/** The first `max` characters of a text, cut at a word and marked with an ellipsis. */
export function excerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}
