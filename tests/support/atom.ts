/** Reads an Atom feed with a real XML parser, into the parts the tests look at. */
import { XMLParser } from 'fast-xml-parser';
import { xmlProblems } from './strict-xml';

export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  updated: string;
  published: string;
  categories: string[];
  labels: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  links: { rel: string; href: string }[];
  entries: AtomEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});


const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const textOf = (node: unknown): string => {
  if (typeof node === 'object' && node !== null && '#text' in node) return str(node['#text']);
  return str(node);
};
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];

export function readAtom(xml: string): AtomFeed {
  const problems = xmlProblems(xml);
  if (problems.length > 0) throw new Error(`feed is not well-formed XML: ${problems.join('; ')}`);
  const root: unknown = parser.parse(xml);
  const feed = typeof root === 'object' && root !== null && 'feed' in root ? root.feed : undefined;
  if (typeof feed !== 'object' || feed === null) throw new Error('no <feed> element');
  const get = (node: object, key: string): unknown => (key in node ? (node as Record<string, unknown>)[key] : undefined);
  if (get(feed, 'xmlns') !== 'http://www.w3.org/2005/Atom') throw new Error('not an Atom feed');
  return {
    id: textOf(get(feed, 'id')),
    title: textOf(get(feed, 'title')),
    updated: textOf(get(feed, 'updated')),
    links: list(get(feed, 'link')).map((link) => ({ rel: str(link.rel), href: str(link.href) })),
    entries: list(get(feed, 'entry')).map((entry) => ({
      id: textOf(entry.id),
      title: textOf(entry.title),
      summary: textOf(entry.summary),
      link: str(list(entry.link)[0]?.href),
      updated: textOf(entry.updated),
      published: textOf(entry.published),
      categories: list(entry.category).map((category) => str(category.term)),
      labels: list(entry.category).map((category) => str(category.label)),
    })),
  };
}
