/** Small in-memory collections for tests of lib/ code that works on a whole collection. */
import { buildCollection, type GeneratedDoc } from '@/lib/content/collection';

/** A generated document, with the generator's own keys beside the frontmatter. */
export const generated = (slug: string, fields: Record<string, unknown>, folder = `entries/${slug.slice(0, 4)}`): GeneratedDoc => ({
  slug,
  body: { raw: 'Body', code: '' },
  _raw: { sourceFilePath: `${folder}/${slug}.mdx` },
  _id: `${folder}/${slug}.mdx`,
  type: folder === 'entities' ? 'Entity' : 'Entry',
  ...fields,
});

export const entryDoc = (slug: string, fields: Record<string, unknown> = {}) =>
  generated(slug, {
    title: `Title of ${slug}`,
    date: slug.slice(0, 10),
    kind: 'corporate',
    summary: 'Summary.',
    actors: ['amazon'],
    sources: [{ title: 'S', url: 'https://a.example/s', publisher: 'P' }],
    added: '2026-11-26',
    reviewed: '2026-11-26',
    ...fields,
  });

export const entityDoc = (slug: string, fields: Record<string, unknown>) => generated(slug, fields, 'entities');

export const PLACES = [
  entityDoc('united-states', { name: 'United States', category: 'jurisdiction', level: 'country' }),
  entityDoc('california', { name: 'California', category: 'jurisdiction', level: 'state', parent: 'united-states' }),
  entityDoc('san-francisco', { name: 'San Francisco', category: 'jurisdiction', level: 'city', parent: 'california' }),
  entityDoc('amazon', { name: 'Amazon', category: 'company' }),
  entityDoc('california-legislature', { name: 'California State Legislature', category: 'government' }),
];

export const collectionOf = (entries: GeneratedDoc[], entities: GeneratedDoc[] = PLACES) => buildCollection(entries, entities, []);
