/** Text normalisation shared by the index and the query, so both sides agree on every word. */

/** Lowercase, accents removed: "Café" → "cafe". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A light English plural stem: "bans" → "ban", "laws" → "law"; short words stay ("aws", "us"). */
export function stem(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !/\d/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words of a text as the search sees them: folded, split on anything but letters and digits. */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words too common to search for on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'by', 'with', 'about', 'at', 'from', 'its', 'is', 'was']);
