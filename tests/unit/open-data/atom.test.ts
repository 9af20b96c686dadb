import { describe, expect, it } from 'vitest';
import { atomFeed, entityFeedSpec, FEED_LIMIT, kindFeedSpec, siteFeedSpec } from '@/lib/feeds/atom';
import { absoluteUrl } from '@/lib/site-config';
import { readAtom } from '../../support/atom';
import { buildCollection } from '@/lib/content/collection';
import { xmlProblems } from '../../support/strict-xml';
import { collectionOf, entityDoc, entryDoc, PLACES } from '../../support/collection';

/** `count` entries, the n-th added n days after 1 January 2026. */
function manyEntries(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const added = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const slug = `2020-01-01-entry-${String(i).padStart(2, '0')}`;
    return entryDoc(slug, {
      added,
      reviewed: added,
      kind: i % 2 === 0 ? 'legislation' : 'advocacy',
      ...(i % 2 === 0 ? { status: 'proposed' } : {}),
      actors: i % 3 === 0 ? ['amazon'] : ['california-legislature'],
    });
  });
}

describe('Atom feeds', () => {
  const collection = collectionOf([
    ...manyEntries(FEED_LIMIT + 5),
    entryDoc('2020-06-10-tricky', { title: 'AT&T <b>bold</b> & "quotes"', summary: 'Less < more & so on.', added: '2025-01-01', reviewed: '2025-02-01', topics: [] }),
  ]);

  it('lists the newest additions first, at most FEED_LIMIT, with permalinks and dates from the content', () => {
    const feed = readAtom(atomFeed(siteFeedSpec(collection), collection));
    expect(feed.entries).toHaveLength(FEED_LIMIT);
    expect(feed.entries[0]?.id).toBe(absoluteUrl('/entries/2020-01-01-entry-54/'));
    expect(feed.entries[0]?.link).toBe(feed.entries[0]?.id);
    expect(feed.entries[0]?.published).toBe('2026-02-24T00:00:00.000Z');
    const published = feed.entries.map((entry) => entry.published);
    expect(published).toEqual([...published].sort().reverse());
    expect(feed.updated).toBe('2026-02-24T00:00:00.000Z');
    expect(feed.links).toContainEqual({ rel: 'self', href: absoluteUrl('/feed.xml') });
    expect(feed.links).toContainEqual({ rel: 'alternate', href: absoluteUrl('/') });
  });

  it('keeps titles and summaries with &, < and quotes as written', () => {
    const spec = { ...siteFeedSpec(collection), entries: [collection.getEntry('2020-06-10-tricky')!] };
    const [entry] = readAtom(atomFeed(spec, collection)).entries;
    expect(entry?.title).toBe('AT&T <b>bold</b> & "quotes"');
    expect(entry?.summary).toBe('Less < more & so on.');
    expect(entry?.updated).toBe('2025-02-01T00:00:00.000Z');
  });

  it('gives an entity only the entries that name it', () => {
    const amazon = collection.getEntity('amazon')!;
    const feed = readAtom(atomFeed(entityFeedSpec(collection, amazon), collection));
    const expected = collection.appearancesOf(amazon).map(({ entry }) => entry);
    expect(feed.entries.map((entry) => entry.id).sort()).toEqual(expected.map((entry) => absoluteUrl(entry.url)).sort());
    // Newest addition first, as in the site's feed: entry 54 (added 24 February 2026) names Amazon.
    expect(feed.entries[0]?.id).toBe(absoluteUrl('/entries/2020-01-01-entry-54/'));
    const published = feed.entries.map((entry) => entry.published);
    expect(published).toEqual([...published].sort().reverse());
    expect(feed.title).toBe('Facial Recognition Policy Tracker: Amazon');
    expect(feed.links).toContainEqual({ rel: 'self', href: absoluteUrl('/entities/amazon/feed.xml') });
  });

  it('gives a kind only its own entries, each tagged with its kind', () => {
    const feed = readAtom(atomFeed(kindFeedSpec(collection, 'advocacy'), collection));
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const entry of feed.entries) expect(entry.categories[0]).toBe('advocacy');
    expect(feed.links).toContainEqual({ rel: 'alternate', href: absoluteUrl('/timeline/?kind=advocacy') });
  });

  it('writes a valid feed for an entity named in no entry', () => {
    const place = collection.getEntity('san-francisco')!;
    const feed = readAtom(atomFeed(entityFeedSpec(collection, place), collection));
    expect(feed.entries).toEqual([]);
    expect(feed.updated).toBe('2026-02-24T00:00:00.000Z');
  });

  it('stays well-formed XML when labels and names carry <, & and quotes', () => {
    const hostile = buildCollection(
      [entryDoc('2020-06-10-hostile', { title: 'A "quoted" <title> & more', topics: ['odd'], actors: ['acme'] })],
      [...PLACES, entityDoc('acme', { name: 'Acme <Corp> & "Sons" \'Ltd\'', category: 'company' })],
      [{ slug: 'odd', label: 'Odd "label" <b> & co', description: 'A topic.' }],
    );
    const acme = hostile.getEntity('acme')!;
    for (const spec of [siteFeedSpec(hostile), entityFeedSpec(hostile, acme)]) {
      const xml = atomFeed(spec, hostile);
      expect(xmlProblems(xml)).toEqual([]);
      const feed = readAtom(xml);
      expect(feed.entries[0]?.title).toBe('A "quoted" <title> & more');
      expect(feed.entries[0]?.labels).toContain('Odd "label" <b> & co');
    }
    expect(readAtom(atomFeed(entityFeedSpec(hostile, acme), hostile)).title).toContain('Acme <Corp> & "Sons"');
  });

  it('drops characters XML cannot hold rather than writing a broken file', () => {
    // The schema refuses them in content (see hidden-characters.test.ts); this is the writer's own guard.
    const plain = collectionOf([entryDoc('2020-06-10-odd')]);
    const entry = { ...plain.entries[0]!, title: 'Bell\u0007 and escape\u001b' };
    const xml = atomFeed({ ...siteFeedSpec(plain), entries: [entry] }, plain);
    expect(xmlProblems(xml)).toEqual([]);
    expect(readAtom(xml).entries[0]?.title).toBe('Bell and escape');
  });
});
