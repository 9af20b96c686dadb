import { describe, expect, it } from 'vitest';
import { entryFacts } from '@/lib/filters/entry-facts';
import { emptyFilters, matchesFilters } from '@/lib/filters/filter-model';
import { factsFile, rowOf, textFiles, toRow, unpackFacts } from '@/lib/timeline/timeline-data';
import { getCollection } from '@/lib/site-data';

const collection = getCollection();

describe('the timeline data files a filter fetches', () => {
  const file = factsFile(collection);
  const texts = textFiles(collection);
  const facts = unpackFacts(JSON.parse(JSON.stringify(file)));

  it('carry every entry\'s facts as the filters test them', () => {
    const parentOf = (slug: string) => collection.getEntity(slug)?.parent;
    expect(facts).toHaveLength(collection.entries.length);
    collection.entries.forEach((entry, i) => {
      const { actorNames, year, position, ...filterable } = facts[i]!;
      expect({ ...filterable, status: filterable.status }, entry.slug).toEqual({ ...entryFacts(entry, parentOf), status: entry.status });
      expect(actorNames).toEqual(entry.actors.map((slug) => collection.getEntity(slug)!.name));
      expect(texts.get(year)![position]![0]).toBe(entry.slug);
    });
  });

  it('give the same list rows as the year pages draw', () => {
    collection.entries.forEach((entry, i) => {
      const item = facts[i]!;
      expect(toRow(item, texts.get(item.year)![item.position]!)).toEqual(rowOf(collection, entry));
    });
  });

  it('find the same entries for a filter as the entries themselves, across years', () => {
    const filters = { ...emptyFilters(), actor: ['amazon'] };
    const fromFiles = facts.filter((item) => matchesFilters(item, filters)).map((item) => texts.get(item.year)![item.position]![0]);
    const expected = collection.entries.filter((entry) => entry.actors.includes('amazon')).map((entry) => entry.slug);
    expect(fromFiles).toEqual(expected);
    expect(new Set(fromFiles.map((slug) => slug.slice(0, 4))).size).toBeGreaterThan(2);
  });

  it('say which file is stale when it names a kind the site does not know', () => {
    const stale = { ...file, entries: [['2020-01-01', 'rumour', [], [], [], '', [], []] as (typeof file.entries)[number]] };
    expect(() => unpackFacts(stale)).toThrow('timeline facts: unknown kind "rumour" on 2020-01-01');
  });
});
