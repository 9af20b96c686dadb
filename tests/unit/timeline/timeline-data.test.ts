import { describe, expect, it } from 'vitest';
import { entryFacts } from '@/lib/filters/entry-facts';
import { emptyFilters, matchesFilters } from '@/lib/filters/filter-model';
import { factsFile, packedMatcher, rowOf, textFiles, toRow, unpackFacts } from '@/lib/timeline/timeline-data';
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

  it('find the same entries when only the matching ones are unpacked, for filters on actors, places, topics and more', () => {
    const topic = collection.entries.find((entry) => (entry.topics ?? []).length > 0)!.topics![0]!;
    const cases = [
      { actor: ['amazon'] },
      { actor: ['amazon', 'microsoft'] },
      { jurisdiction: ['united-states'] },
      { topic: [topic] },
      { kind: ['legislation'], jurisdiction: ['united-states'] },
      { actor: ['amazon'], from: '2020-06' },
      { actor: ['no-such-entity'] },
      { to: '2019' },
    ];
    const found = cases.map((chosen) => {
      const filters = { ...emptyFilters(), ...chosen };
      const packed = JSON.parse(JSON.stringify(file)) as typeof file;
      const matched = packed.entries.map(packedMatcher(packed, filters)).filter((item) => item !== undefined);
      expect(matched, JSON.stringify(chosen)).toEqual(facts.filter((item) => matchesFilters(item, filters)));
      return matched.length;
    });
    // Every case but the unknown actor finds entries, so the comparison is not between two empty lists.
    expect(found.map((n) => n > 0)).toEqual(cases.map((chosen) => !chosen.actor?.includes('no-such-entity')));
  });

  it('say which file is stale when it names a kind the site does not know', () => {
    const stale = { ...file, entries: [['2020-01-01', 'rumour', [], [], [], '', [], []] as (typeof file.entries)[number]] };
    expect(() => unpackFacts(stale)).toThrow('timeline facts: unknown kind "rumour" on 2020-01-01');
  });
});
