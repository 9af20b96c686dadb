/**
 * Generated entries for benchmarks: realistic in shape and vocabulary (sentences and words are
 * recombined from the real content), deterministic for a seed, valid against the schema. They
 * are written to a temporary folder, never to content/.
 */
import { KINDS } from '../content/vocab';

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

export interface CorpusSample {
  titles: string[];
  sentences: string[];
  actors: string[];
  places: string[];
  topics: string[];
}

export interface SyntheticEntry {
  /** Path under the content folder: `entries/<year>/<slug>.mdx`. */
  path: string;
  text: string;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const yaml = (value: string) => JSON.stringify(value);

/** Builds `count` entries from words and sentences of the real content. */
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
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(random, corpus.sentences)).join(' '));
    const kind = pick(random, KINDS.values);
    const actors = [...new Set([pick(random, corpus.actors), pick(random, corpus.actors)])];
    const topics = [...new Set([pick(random, corpus.topics), pick(random, corpus.topics)])];
    const policy = kind === 'legislation' ? ['status: enacted', 'scope: [police]', 'measure: [ban]'] : [];
    const text = [
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
      `  - title: Generated source ${i}`,
      `    url: https://example.org/source/${i}`,
      '    publisher: Example',
      'added: 2026-01-01',
      'reviewed: 2026-01-01',
      '---',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
    entries.push({ path: `entries/${year}/${slug}.mdx`, text });
  }
  return entries;
}
