/** Which entity pages are built, which addresses are not pages (a 404), and what their heads say. */
import { describe, expect, it } from 'vitest';
import { headTags } from '@/lib/discovery/head-tags';
import { entityPageMeta, entityPageRefs, findEntityPage } from '@/lib/entity-pages';
import { absoluteUrl } from '@/lib/site-config';
import { collectionOf, entryDoc } from '../support/collection';

// 120 entries naming Amazon: three pages of 50. Every other entity is named by none.
const collection = collectionOf(Array.from({ length: 120 }, (_, i) => entryDoc(`2020-01-${String((i % 28) + 1).padStart(2, '0')}-entry-${i}`)));

describe('entity pages', () => {
  it('builds each entity\'s own page and one page for each further 50 of its entries', () => {
    const refs = entityPageRefs(collection);
    expect(refs.filter((ref) => ref.slug === 'amazon')).toEqual([
      { slug: 'amazon', number: 1 },
      { slug: 'amazon', number: 2 },
      { slug: 'amazon', number: 3 },
    ]);
    expect(refs.filter((ref) => ref.slug === 'california')).toEqual([{ slug: 'california', number: 1 }]);
  });

  it('has no page past the last, for an unknown entity or for an address that is not a page number', () => {
    expect(findEntityPage(collection, 'amazon', 3)).toMatchObject({ number: 3, count: 3 });
    expect(findEntityPage(collection, 'amazon', 4)).toBeUndefined();
    expect(findEntityPage(collection, 'california', 2)).toBeUndefined();
    expect(findEntityPage(collection, 'nobody', 1)).toBeUndefined();
    expect(findEntityPage(collection, 'amazon', undefined)).toBeUndefined();
  });

  it('titles a later page with its number and gives it its own canonical address and the entity\'s feed', () => {
    const tags = headTags(entityPageMeta(findEntityPage(collection, 'amazon', 2)!));
    const attrs = tags.map((tag) => (tag.tag === 'title' ? `title: ${tag.text}` : Object.values(tag.attrs).join(' | ')));
    expect(attrs.slice(0, 4)).toEqual([
      'title: Amazon: entries, page 2 of 3 · FR Policy Tracker',
      'description | What Amazon has done about facial recognition, in order, page 2 of 3.',
      `canonical | ${absoluteUrl('/entities/amazon/page/2/')}`,
      `alternate | application/atom+xml | ${absoluteUrl('/entities/amazon/feed.xml')} | Amazon: newest entries`,
    ]);
    expect(entityPageMeta(findEntityPage(collection, 'amazon', 1)!)).toMatchObject({ path: '/entities/amazon/', title: 'Amazon' });
  });
});
