/**
 * How the matches of several words make one ranking. A page's score is the sum of the scores of the
 * words it holds, each weighted by how rare the word is among the query's matches, so "ibm" weighs
 * more than "recognition". When a query has three words or more, pages holding most of them (two
 * of three, three of four) stay in the results: a question whose words are not all in one entry
 * ("IBM exits facial recognition") still finds the entry that holds most of them in its title,
 * above a page that holds every word once in passing.
 */

import type { PageScores } from './page-scores';

/** The pages one query word matched, with their scores, and the words one typo away it was matched to. */
export interface TermMatches {
  term: string;
  scores: PageScores;
  near: string[];
}

/**
 * How much a word tells pages apart: a word on few pages ("ibm") counts more than one on nearly
 * every page ("recognition"). `pages` is the most pages any word of the query matched.
 */
function rarity(matched: number, pages: number): number {
  return Math.sqrt(Math.log(1 + (2 * pages) / Math.max(matched, 1)));
}

/** How many of `n` words a page must hold to stay in the results. */
function wordsNeeded(n: number): number {
  return n <= 2 ? n : Math.ceil((2 * n) / 3);
}

/**
 * One score per page from every word's matches; adds a hint for each word relaxed or left out.
 * `take` gives an empty PageScores as long as the index (lent by the engine's pool).
 */
export function combineTerms(matches: readonly TermMatches[], hints: string[], take: () => PageScores): PageScores {
  const found = matches.filter((match) => match.scores.size > 0);
  for (const match of found) {
    if (match.near.length > 0) hints.push(`No page has “${match.term}”; showing pages with “${match.near.join('”, “')}”.`);
  }
  const missing = matches.filter((match) => match.scores.size === 0).map((match) => match.term);
  if (found.length === 0) return take();
  // A word no page holds cannot count against any page: it is left out, and the reader told.
  if (missing.length > 0) hints.push(`No page has “${missing.join('”, “')}”; searched for the other words.`);
  if (found.length === 1) return found[0]!.scores;

  const n = found.length;
  const pages = Math.max(...found.map((match) => match.scores.size));
  // Sums and counts in flat arrays indexed by id: a broad query at 10,000 entries touches most
  // pages once per word, and an object per page cost more than the sums themselves. `sums` keeps
  // the pages in the order first touched.
  const sums = take();
  const held = take();
  for (const { scores } of found) {
    const weight = rarity(scores.size, pages);
    for (let i = 0; i < scores.size; i++) {
      const id = scores.idAt(i);
      sums.set(id, sums.get(id) + scores.get(id) * weight);
      held.set(id, held.get(id) + 1);
    }
  }
  let everyWord = false;
  for (let i = 0; i < sums.size && !everyWord; i++) everyWord = held.get(sums.idAt(i)) === n;
  // With two words and no page holding both, pages with either show, as a last resort.
  const needed = everyWord || n > 2 ? wordsNeeded(n) : 1;
  const out = take();
  for (let i = 0; i < sums.size; i++) {
    const id = sums.idAt(i);
    if (held.get(id) >= needed) out.set(id, sums.get(id) * (held.get(id) / n) ** 0.5);
  }
  if (!everyWord && out.size > 0) {
    const typed = found.map((match) => match.term).join(' ');
    hints.push(n > 2 ? `No page has all of “${typed}”; showing pages with most of the words.` : `No page has all of “${typed}”; showing pages with some of the words.`);
  }
  return out;
}
