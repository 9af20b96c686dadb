/**
 * Runs inline in the search page's `<head>` (pages/search.tsx): when the address holds a query,
 * the engine's code (flexsearch included), the index's `meta.json` and the shard files of the
 * query's words start loading while the page is still being read, side by side, rather than one
 * after the other once the page's script has run and asked for them (script, then `meta.json`,
 * then the shards it names). Without a query nothing is fetched: the engine loads on first use.
 *
 * The shard of a word is named by the first letters of the word as the index encodes it
 * (lib/search/text.ts): folded, repeated letters collapsed, and a word for the same thing as
 * another under that word's letters ("prohibited" is in the shard of "ban"). The script does that
 * much with the lists it is given, and asks only for shards the index has, so a guess it gets
 * wrong costs one small file the engine does not use, never a failed request; the engine still
 * fetches what it needs, and a file asked for here is fetched once.
 *
 * The function is serialised with `toString()` into the page, so it must stay self-contained: no
 * imports, no references to anything outside its own body.
 */
import { MONTH_NAMES } from '../content/dates';
import { PHRASE_KEYS, SAME_MEANING_KEYS, STOPWORDS } from './text';

export interface SearchPreload {
  /** The engine's chunks (the islands' manifest's `lazy` files of the search page). */
  modules: readonly string[];
  /** The address of the index's folder, with the site's path prefix: `/search-index/`. */
  index: string;
  /** The shard keys of each group that has files, comma-separated: `{ first: 'aa,ab,…', body: '…' }`. */
  shards: Readonly<Record<string, string>>;
  /** Folded, collapsed words whose shard key is not their own first letters: `{ prohibited: 'ba' }`. */
  keys: Readonly<Record<string, string>>;
  /** Two-word phrases searched as one word, and that word's shard key: `[['law', 'enforcement', 'po']]`. */
  phrases: readonly (readonly [string, string, string])[];
  /** Words the query leaves out (stopwords), comma-separated. */
  skip: string;
  /** The months' names, comma-separated: one before a year is a date, not a word to look up. */
  months: string;
  /** How many leading letters name a shard. */
  length: number;
}

export function preloadSearch({ modules, index, shards, keys, phrases, skip, months, length }: SearchPreload): void {
  const query = new URLSearchParams(window.location.search).get('q');
  if (!query || query.trim() === '') return;
  const add = (rel: string, href: string, as?: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) {
      link.as = as;
      // What fetch() asks for (CORS mode, same-origin credentials), so the preloaded file is the one it uses.
      link.crossOrigin = 'anonymous';
    }
    document.head.appendChild(link);
  };
  for (const href of modules) add('modulepreload', href);
  add('preload', `${index}meta.json`, 'fetch');
  // The query's plain words: filters (`company:amazon`, `in:"new york"`) and numbers (years,
  // dates) name no shard of their own, nor does a month before a year ("june 2020", "jun 2020").
  const left = new Set(skip.split(','));
  const month = (word: string) => months.split(',').some((name) => name === word || (word.length >= 3 && word.length <= 4 && name.startsWith(word)));
  const words = query
    .replace(/[A-Za-z]+:("[^"]*"?|\S*)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const asked = new Set<string>();
  const collapse = (word: string) => word.replace(/(.)\1+/g, '$1');
  const known = new Map(Object.entries(keys));
  for (let i = 0; i < words.length && asked.size < 8; i++) {
    const word = words[i]!;
    if (word.length < 2 || /^\d+$/.test(word) || left.has(word) || (month(word) && /^\d{4}$/.test(words[i + 1] ?? ''))) continue;
    const collapsed = collapse(word);
    const phrase = phrases.find(([first, second]) => first === collapsed && second === collapse(words[i + 1] ?? ''));
    if (phrase) i++;
    const key = phrase?.[2] ?? known.get(collapsed) ?? known.get(collapsed.replace(/s$/, '')) ?? collapsed.slice(0, length);
    for (const group of Object.keys(shards)) {
      const name = `${group}-${key}`;
      if (!asked.has(name) && shards[group]!.split(',').includes(key)) {
        asked.add(name);
        add('preload', `${index}${name}.json`, 'fetch');
      }
    }
  }
}

/** What the page's script is given: the shard keys from the published file names (`first-am.json`). */
export function searchPreload(modules: readonly string[], index: string, fileNames: Iterable<string>, length: number): SearchPreload {
  const shards: Record<string, string[]> = {};
  for (const name of fileNames) {
    const match = /^(first|body)-([^.]+)\.json$/.exec(name);
    if (match) (shards[match[1]!] ??= []).push(match[2]!);
  }
  return {
    modules,
    index,
    shards: Object.fromEntries(Object.entries(shards).map(([group, list]) => [group, list.sort().join(',')])),
    keys: Object.fromEntries(SAME_MEANING_KEYS.map(([word, key]) => [word, key.slice(0, length)]).filter(([word, key]) => !word!.startsWith(key!))),
    phrases: PHRASE_KEYS.map(([first, second, meaning]) => [first, second, meaning.slice(0, length)] as const),
    skip: [...STOPWORDS].join(','),
    months: MONTH_NAMES.map((name) => name.toLowerCase()).join(','),
    length,
  };
}

/** The inline script's text. */
export function preloadSearchScript(preload: SearchPreload): string {
  return `(${preloadSearch.toString()})(${JSON.stringify(preload)})`;
}
