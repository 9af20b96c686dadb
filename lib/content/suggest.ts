/** "Did you mean" suggestions for misspelt slugs, keys and enum values. */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * True when every hyphenated word of `short` appears in `long` in the same order, and `short`
 * has at least two: "boston-council" is in "boston-city-council".
 */
export function wordsInOrder(short: string, long: string): boolean {
  const words = short.split('-').filter((word) => word !== '');
  if (words.length < 2) return false;
  let at = 0;
  const longWords = long.split('-');
  for (const word of words) {
    at = longWords.indexOf(word, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/**
 * The closest candidate to `input`, or undefined when nothing is close enough to be a likely
 * typo. A candidate that contains the input (or the reverse) also counts: "amazon-web" → "amazon",
 * and so does one that has all its words in order: "2020-06-10-amazon-moratorium" →
 * "2020-06-10-amazon-rekognition-police-moratorium". Ties go to the smaller edit.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: { value: string; score: number; distance: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    let score = distance;
    if (needle.length >= 3 && (hay.includes(needle) || needle.includes(hay))) score = Math.min(score, 1);
    if (wordsInOrder(needle, hay) || wordsInOrder(hay, needle)) score = Math.min(score, 1);
    if (!best || score < best.score || (score === best.score && distance < best.distance)) best = { value: candidate, score, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return best.score <= allowed ? best.value : undefined;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
