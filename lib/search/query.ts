/**
 * Reads what a reader typed into a search: plain words, names, dates in plain words and
 * `key:value` filters. Never throws: anything it cannot use becomes a one-line hint.
 */
import { emptyFilters, type Filters } from '../filters/filter-model';
import { applyTypedFilter, isSearchKey, type QueryVocabulary } from '../filters/typed-filters';
import { isPlausibleYear, monthNumber, periodRange, type DateRange } from './dates';
import { STOPWORDS, words } from './text';

export type { QueryVocabulary, VocabEntity, VocabTopic } from '../filters/typed-filters';

export const MAX_QUERY_LENGTH = 200;

/** The filters a query sets: the same model as the timeline's, with dates as first and last days. */
export type QueryFilters = Filters;

export interface ParsedQuery {
  /** Words to look up, folded, stopwords left out. */
  terms: string[];
  filters: QueryFilters;
  /** Dates written in plain words: entries inside them rank first. */
  dates: DateRange[];
  /** One line each on what was ignored or changed. */
  hints: string[];
}

/** Splits the query into tokens, keeping `key:"two words"` together. */
function tokenize(input: string): string[] {
  return [...input.matchAll(/([A-Za-z]+):"([^"]*)"?|(\S+)/g)].map((match) => (match[1] !== undefined ? `${match[1]}:${match[2] ?? ''}` : match[3]!));
}

export function parseQuery(raw: string, vocab: QueryVocabulary): ParsedQuery {
  const hints: string[] = [];
  let input = raw;
  if (input.length > MAX_QUERY_LENGTH) {
    // Cut at a space, so the last word is not searched half-written.
    const cut = input.slice(0, MAX_QUERY_LENGTH + 1);
    input = cut.slice(0, Math.max(cut.lastIndexOf(' '), 0) || MAX_QUERY_LENGTH);
    hints.push(`Only the first ${MAX_QUERY_LENGTH} characters of the query were used.`);
  }
  const filters = emptyFilters();
  const dates: DateRange[] = [];
  const plain: string[] = [];

  for (const token of tokenize(input)) {
    const match = /^([A-Za-z]+):(.*)$/.exec(token);
    if (!match) {
      plain.push(token);
      continue;
    }
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    const hint = applyTypedFilter(filters, key, value, vocab);
    if (hint) hints.push(hint);
    // An unknown key was not a filter at all: search its words instead.
    if (!isSearchKey(key)) plain.push(...words(token));
  }

  // Dates in plain words: "June 2020", "jun 2020", "2019", "2020-06", "2020-06-10".
  const remaining: string[] = [];
  for (let i = 0; i < plain.length; i++) {
    const word = plain[i]!;
    const month = monthNumber(word);
    const next = plain[i + 1];
    if (month !== undefined && next !== undefined && isPlausibleYear(next)) {
      const range = periodRange(`${next}-${String(month).padStart(2, '0')}`)!;
      dates.push({ ...range, label: `${word} ${next}` });
      i++;
    } else if (isPlausibleYear(word) || (/^\d{4}-\d{2}(-\d{2})?$/.test(word) && periodRange(word))) {
      dates.push(periodRange(word)!);
    } else {
      remaining.push(word);
    }
  }

  // Single letters match nearly everything: they count only when nothing longer was typed.
  const typed = remaining.flatMap(words);
  const longer = typed.filter((word) => word.length > 1);
  const all = longer.length > 0 ? longer : typed;
  const terms = all.filter((word) => !STOPWORDS.has(word));
  return { terms: terms.length > 0 || dates.length > 0 ? [...new Set(terms)] : [...new Set(all)], filters, dates, hints };
}
