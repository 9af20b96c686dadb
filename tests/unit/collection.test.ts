import { describe, expect, it } from 'vitest';
import { buildCollection, ContentError } from '@/lib/content/collection';
import { entityDoc, entryDoc } from '../support/collection';

const entry = (slug: string, extra: Record<string, unknown> = {}) => entryDoc(slug, { title: `Title ${slug}`, ...extra });
const amazon = entityDoc('amazon', { name: 'Amazon', category: 'company' });
const us = entityDoc('united-states', { name: 'United States', category: 'jurisdiction', level: 'country' });

describe('buildCollection', () => {
  const collection = buildCollection(
    [
      entry('2021-05-18-extension', { added: '2026-11-20', related: [{ entry: '2020-06-10-moratorium', rel: 'extends' }] }),
      entry('2020-06-10-moratorium', { jurisdictions: ['united-states'], related: [{ entry: '2020-06-08-ibm', rel: 'follows-up' }] }),
      entry('2020-06-08-ibm', { actors: ['amazon'], datePrecision: 'day' }),
    ],
    [us, amazon],
    [],
  );

  it('orders entries by date and entities by name', () => {
    expect(collection.entries.map((e) => e.slug)).toEqual(['2020-06-08-ibm', '2020-06-10-moratorium', '2021-05-18-extension']);
    expect(collection.entities.map((e) => e.name)).toEqual(['Amazon', 'United States']);
  });

  it('derives the inverse of each link, in words, in date order', () => {
    const moratorium = collection.getEntry('2020-06-10-moratorium')!;
    expect(collection.linksOf(moratorium).map((l) => [l.direction, l.words, l.entry.slug])).toEqual([
      ['out', 'follows up', '2020-06-08-ibm'],
      ['in', 'extended by', '2021-05-18-extension'],
    ]);
    expect(collection.linksOf(collection.getEntry('2021-05-18-extension')!).map((l) => l.words)).toEqual(['extends']);
  });

  it('lists an entity\'s entries with its role in each', () => {
    expect(collection.appearancesOf(collection.getEntity('united-states')!).map((a) => [a.entry.slug, a.roles])).toEqual([
      ['2020-06-10-moratorium', ['jurisdiction']],
    ]);
    expect(collection.appearancesOf(collection.getEntity('amazon')!)).toHaveLength(3);
  });

  it('fills in the default date precision and page addresses', () => {
    const moratorium = collection.getEntry('2020-06-10-moratorium')!;
    expect(moratorium.datePrecision).toBe('day');
    expect(moratorium.url).toBe('/entries/2020-06-10-moratorium/');
    expect(moratorium.sourceFile).toBe('content/entries/2020/2020-06-10-moratorium.mdx');
  });

  it('lists the newest additions first and entries in a date range', () => {
    expect(collection.latestAdded(1).map((e) => e.slug)).toEqual(['2020-06-10-moratorium']);
    expect(collection.entriesBetween('2020-06-01', '2020-06-30').map((e) => e.slug)).toEqual(['2020-06-08-ibm', '2020-06-10-moratorium']);
  });

  it('stops with every schema problem instead of dropping a bad entry', () => {
    const build = () => buildCollection([entry('2020-06-10-bad', { kind: 'rumour', sources: [] })], [amazon], []);
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      'content/entries/2020/2020-06-10-bad.mdx: kind: "rumour" is not allowed; use one of: corporate, legislation, advocacy, research, legal\n' +
        'content/entries/2020/2020-06-10-bad.mdx: sources: must list at least one source',
    );
  });
});
