/**
 * Generated entries for benchmarks: realistic in shape and vocabulary (sentences and words are
 * recombined from the real content, sources are real entries' sources), deterministic for a seed,
 * and accepted by the checker, so they can go through the real `npm run build`. They are written
 * to a temporary folder, never to content/.
 */
import type { Collection } from '../content/collection';
import { KINDS } from '../content/vocab';
import { BODY_MAX_WORDS, BODY_MIN_WORDS, countWords } from '../content/words';

/** A small deterministic random number generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSource {
  title: string;
  url: string;
  publisher: string;
}

export interface CorpusSample {
  titles: string[];
  sentences: string[];
  actors: string[];
  places: string[];
  topics: string[];
  sources: CorpusSource[];
}

export interface SyntheticEntry {
  /** Path under the content folder: `entries/<year>/<slug>.mdx`. */
  path: string;
  text: string;
}

/** Words and sentences of a real collection, to make generated entries read like real ones. */
export function corpusFromCollection(real: Collection): CorpusSample {
  return {
    titles: real.entries.map((e) => e.title),
    // Markup is stripped and whitespace folded, so a sentence is plain text on one line.
    sentences: real.entries
      .flatMap((e) => `${e.summary} ${e.body.raw}`.replace(/<[^>]+>|[*_[\]()#>]/g, ' ').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/))
      .filter((s) => s.length > 40 && s.length < 280),
    actors: real.entities.filter((e) => e.category !== 'jurisdiction').map((e) => e.slug),
    // Generated rules bind their place, and a place with rules must say where the map draws it.
    places: real.entities.filter((e) => e.category === 'jurisdiction' && (e.iso !== undefined || e.geonames !== undefined)).map((e) => e.slug),
    topics: real.topics.map((t) => t.slug),
    sources: real.entries.flatMap((e) => e.sources.map(({ title, url, publisher }) => ({ title, url, publisher }))),
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const yaml = (value: string) => JSON.stringify(value);

/**
 * A body of three paragraphs whose length lands inside the checker's word limits with a margin
 * (sentences are plain text, so the words counted here are the words the checker counts).
 */
function body(random: () => number, sentences: readonly string[]): string {
  const target = BODY_MIN_WORDS + 20 + Math.floor(random() * (BODY_MAX_WORDS - BODY_MIN_WORDS - 60));
  const chosen: string[] = [];
  let words = 0;
  // A sentence that would overshoot is skipped; a corpus of only long sentences ends the loop.
  for (let tries = 0; words < target && tries < 10_000; tries++) {
    const sentence = pick(random, sentences);
    const length = countWords(sentence);
    if (words + length > BODY_MAX_WORDS - 20) continue;
    chosen.push(sentence);
    words += length;
  }
  const third = Math.ceil(chosen.length / 3);
  return [chosen.slice(0, third), chosen.slice(third, 2 * third), chosen.slice(2 * third)]
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.join(' '))
    .join('\n\n');
}

/** Builds `count` entries from words, sentences and sources of the real content. */
export function syntheticEntries(count: number, corpus: CorpusSample, seed = 1): SyntheticEntry[] {
  const random = seededRandom(seed);
  const titleWords = corpus.titles.flatMap((title) => title.split(/\s+/));
  const used = new Set<string>();
  const entries: SyntheticEntry[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2008 + Math.floor(Math.pow(random(), 0.5) * 18);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const title = Array.from({ length: 6 + Math.floor(random() * 6) }, () => pick(random, titleWords)).join(' ').replace(/[:"]/g, '').slice(0, 110);
    let slug = `${date}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50).replace(/-$/, '')}`;
    while (used.has(slug)) slug += `-${i}`;
    used.add(slug);
    // A sentence taken from a body may span lines; a summary is one line.
    const summary = pick(random, corpus.sentences).replace(/\s+/g, ' ').slice(0, 290);
    const text = body(random, corpus.sentences);
    const kind = pick(random, KINDS.values);
    const actors = [...new Set([pick(random, corpus.actors), pick(random, corpus.actors)])];
    const topics = [...new Set([pick(random, corpus.topics), pick(random, corpus.topics)])];
    const sources = [...new Map([pick(random, corpus.sources), pick(random, corpus.sources)].map((source) => [source.url, source])).values()];
    const policy = kind === 'legislation' ? ['status: enacted', 'scope: [police]', 'measure: [ban]'] : [];
    const lines = [
      '---',
      `title: ${yaml(title)}`,
      `date: ${date}`,
      `kind: ${kind}`,
      `summary: ${yaml(summary)}`,
      `actors: [${actors.join(', ')}]`,
      `jurisdictions: [${pick(random, corpus.places)}]`,
      `topics: [${topics.join(', ')}]`,
      ...policy,
      'sources:',
      ...sources.flatMap((source) => [`  - title: ${yaml(source.title)}`, `    url: ${yaml(source.url)}`, `    publisher: ${yaml(source.publisher)}`]),
      'added: 2026-01-01',
      'reviewed: 2026-01-01',
      '---',
      text,
      '',
    ];
    entries.push({ path: `entries/${year}/${slug}.mdx`, text: lines.join('\n') });
  }
  return entries;
}
