/**
 * Text normalisation shared by the index and the query, so both sides agree on every word: folding,
 * a light plural stem, the words readers use for the same thing, and one-typo matching. Free of the
 * search library, so pages can mark matched words without loading it.
 */

/** Lowercase, accents removed: "Café" → "cafe". */
export function fold(text: string): string {
  // Plain ASCII, most words, has no accents to take off: lower case is all (the same result, faster).
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** A light English plural stem: "bans" → "ban", "laws" → "law"; short words stay ("aws", "us"). */
function stem(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !/\d/.test(word)) return word.slice(0, -1);
  return word;
}

/** Repeated letters collapsed, as the index's encoder does: "committee" → "comite", "massachusetts" → "masachusets". */
function collapse(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/**
 * Words readers use for the same thing, each group indexed and searched as its first word. Forms
 * are listed whole (not stemmed) so that "bars police from" means a ban while "bar federation" does not.
 */
const SAME_MEANING: readonly (readonly string[])[] = [
  ['ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'prohibition', 'prohibitions', 'outlaw', 'outlaws', 'outlawed', 'bars', 'barred', 'barring'],
  ['moratorium', 'moratoriums', 'moratoria', 'pause', 'pauses', 'paused', 'pausing', 'halt', 'halts', 'halted', 'halting'],
  ['police', 'policing', 'cop', 'cops'],
  ['face', 'faces', 'facial'],
  // Inflections the plural stem does not reach, for the words of companies' retreats.
  ['sell', 'sells', 'selling', 'sold', 'sale', 'sales'],
  ['stop', 'stops', 'stopped', 'stopping'],
  ['exit', 'exits', 'exited', 'exiting', 'quit', 'quits', 'quitting', 'sunset', 'sunsets', 'sunsetted'],
];

/** Phrases that mean one of the words above: "law enforcement" is searched and indexed as "police" too. */
const SAME_MEANING_PHRASES: readonly (readonly [string, string, string])[] = [['law', 'enforcement', 'police']];

const CANONICAL = new Map(SAME_MEANING.flatMap((group) => group.map((form) => [collapse(form), collapse(group[0]!)] as const)));
/** Each same-meaning form and the word it is indexed under, both with repeated letters collapsed. */
export const SAME_MEANING_KEYS: readonly (readonly [string, string])[] = [...CANONICAL];
const PHRASES = SAME_MEANING_PHRASES.map(([first, second, meaning]) => [collapse(first), collapse(second), collapse(meaning)] as const);
/** The two-word phrases searched as one word, with repeated letters collapsed: `[first, second, meaning]`. */
export const PHRASE_KEYS: readonly (readonly [string, string, string])[] = PHRASES;

/** The form a folded, collapsed word is indexed under: its group's word, or its plural stem. */
function canonical(word: string): string {
  return CANONICAL.get(word) ?? CANONICAL.get(stem(word)) ?? stem(word);
}

/**
 * The index's last encoding step: every word to its canonical form, plus the meaning of each
 * two-word phrase ("law enforcement" also yields "police").
 */
export function canonicalTerms(terms: readonly string[]): string[] {
  const out = terms.map(canonical);
  terms.forEach((term, i) => {
    const phrase = PHRASES.find(([first, second]) => first === term && second === terms[i + 1]);
    if (phrase) out.push(phrase[2]);
  });
  return out;
}

/** Query words with each two-word phrase replaced by its meaning: ["law", "enforcement"] → ["police"]. */
export function joinPhrases(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const phrase = PHRASES.find(([first, second]) => first === collapse(terms[i]!) && second === collapse(terms[i + 1] ?? ''));
    if (phrase) {
      out.push(phrase[2]);
      i++;
    } else out.push(terms[i]!);
  }
  return out;
}

/** The key a word of a text is indexed under, the same way the encoder does it. */
export function searchKey(word: string): string {
  return canonical(collapse(fold(word)));
}

/** Words of this many letters or more match a word one typo away. */
export const TYPO_MIN_LENGTH = 5;

/**
 * True when `a` becomes `b` with at most one typo: a letter added, dropped or changed, or two
 * neighbours swapped ("rekognitoin" → "rekognition").
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  // What differs after trimming the common start and end: one letter at most on each side,
  // or two letters swapped.
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** The words of a text as the search sees them: folded, split on anything but letters and digits. */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words too common to search for on their own, question words included ("where is … banned"). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'by', 'with', 'about', 'at', 'from', 'its', 'is', 'was',
  'are', 'were', 'be', 'been', 'it', 'this', 'that', 'these', 'those', 'there', 'their', 'or', 'as',
  'what', 'which', 'who', 'whom', 'where', 'when', 'why', 'how', 'do', 'does', 'did', 'has', 'have', 'had', 'any',
]);
