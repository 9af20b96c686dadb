/** Builds in-memory content documents for rule tests, parsed exactly as files on disk are. */
import type { ContentDoc, DocType } from '@/lib/content/content-tree';
import { readFrontmatterFile } from '@/lib/content/read-document';
import type { CheckContext } from '@/lib/checks/rule';
import { bodyFactsInMemory } from '@/lib/mdx/body-facts';
import type { Topic } from '@/lib/content/schema';

/** A document from frontmatter lines (without the `---` fences) and an optional body. */
export function doc(type: DocType, slug: string, frontmatter: string, body = 'Text.'): ContentDoc {
  const folder = type === 'entry' ? slug.slice(0, 4) : undefined;
  const file = type === 'entry' ? `content/entries/${folder}/${slug}.mdx` : `content/entities/${slug}.mdx`;
  const text = `---\n${frontmatter.trim()}\n---\n${body}\n`;
  const { parsed, problems } = readFrontmatterFile(file, new TextEncoder().encode(text));
  if (!parsed) throw new Error(`fixture ${file} does not parse: ${problems.map((p) => p.message).join('; ')}`);
  return { type, slug, parsed, ...(folder ? { folder } : {}) };
}

/** A valid entry's frontmatter, with lines replaced or added by `overrides` (key → YAML text). */
export function entryYaml(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    title: 'title: Amazon pauses police use of Rekognition',
    date: 'date: 2020-06-10',
    kind: 'kind: corporate',
    summary: 'summary: Amazon paused police use of its face recognition service for a year.',
    actors: 'actors: [amazon]',
    sources: 'sources:\n  - title: Moratorium\n    url: https://www.aboutamazon.com/news\n    publisher: Amazon',
    added: 'added: 2026-11-26',
    reviewed: 'reviewed: 2026-11-26',
  };
  for (const [key, value] of Object.entries(overrides)) fields[key] = value;
  return Object.values(fields).filter((line) => line !== undefined).join('\n');
}

export const TOPICS: Topic[] = [
  { slug: 'moratorium', label: 'Moratorium', description: 'Pauses.' },
  { slug: 'law-enforcement', label: 'Law enforcement', description: 'Police.' },
];

/** The day rule tests run on, so that term and review-age rules give the same answer every day. */
export const TEST_TODAY = '2026-12-01';

export function context(docs: ContentDoc[], topics: Topic[] = TOPICS, today = TEST_TODAY): CheckContext {
  return {
    entries: docs.filter((d) => d.type === 'entry'),
    entities: docs.filter((d) => d.type === 'entity'),
    topics,
    today,
    bodies: bodyFactsInMemory(),
  };
}

export const amazon = () => doc('entity', 'amazon', 'name: Amazon\ncategory: company');
