/**
 * A search's filters are tested on each page's packed facts (lib/search/filter-test.ts): they
 * must keep exactly the pages the filter model keeps from the same facts unpacked.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, MEASURES, SCOPES, STATUSES } from '@/lib/content/vocab';
import { emptyFilters, matchesFilters, type Filters } from '@/lib/filters/filter-model';
import { FilterTest } from '@/lib/search/filter-test';
import { isEntry, unpackDoc, type PackedDoc, type SearchMeta } from '@/lib/search/records';

/** The same numbers on every run (a linear congruential generator, read from its high bits). */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * below);
  };
}

const next = numbers(5);
const some = (below: number, most: number) => [...new Set(Array.from({ length: next(most + 1) }, () => next(below)))];

const ENTITIES = ['amazon', 'ibm', 'microsoft', 'california', 'united-states', 'san-francisco', 'london'];
const meta: SearchMeta = {
  entities: ENTITIES.map((slug) => ({ slug, name: slug, aliases: [], category: 'company' })),
  topics: ['ban', 'police-use', 'biometric-privacy'].map((slug) => ({ slug, label: slug })),
  // As the index writes them: only the values the pages hold, in the order first met.
  lists: { precision: ['day'], kind: ['legal', 'legislation', 'corporate'], status: ['enacted', 'in-effect'], category: [], scope: ['police', 'schools'], measure: ['ban', 'moratorium'] },
  entries: 0,
  total: 0,
  entityPages: [],
  shards: {},
};

/** Entries with any mix of facts, and a few pages that are not entries (no date, no kind, an entity page). */
const pages: PackedDoc[] = Array.from({ length: 600 }, (_, i): PackedDoc => {
  const type = i % 50 === 0 ? 1 : 0;
  const date = i % 70 === 1 ? '' : `${2012 + next(12)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
  const kind = i % 90 === 2 ? -1 : next(3);
  return [type, date, 0, kind, next(3) - 1, some(7, 3), some(7, 2), some(3, 2), -1, -1, some(2, 2), some(2, 2)];
});

const filters = (choices: Partial<Filters>): Filters => ({ ...emptyFilters(), ...choices });
const CASES: Partial<Filters>[] = [
  { status: ['in-effect'] },
  { status: ['enacted', 'in-effect'] },
  { kind: ['legal'] },
  // A value the pages never hold, from the model's own list.
  { kind: [KINDS.values.find((kind) => !meta.lists.kind.includes(kind))!] },
  { status: [STATUSES.values.find((status) => !meta.lists.status.includes(status))!] },
  { actor: ['amazon'] },
  { actor: ['amazon', 'ibm'], from: '2020' },
  { actor: ['no-such-company'] },
  { jurisdiction: ['california'], kind: ['legislation', 'legal'] },
  { topic: ['ban'], from: '2019', to: '2020' },
  { scope: [SCOPES.values[0]], measure: [MEASURES.values[0]] },
  { from: '2020-06', to: '2020-07' },
  { to: '2015' },
  { from: '2016-02-30' },
  { to: 'soon' },
];

describe('FilterTest', () => {
  it.each(CASES)('keeps the pages the filter model keeps: %o', (choices) => {
    const test = new FilterTest(filters(choices), meta);
    const kept = pages.flatMap((page, id) => (test.passes(page) ? [id] : []));
    const expected = pages.flatMap((page, id) => {
      const doc = unpackDoc(page, id, meta);
      return isEntry(doc) && matchesFilters(doc, filters(choices)) ? [id] : [];
    });
    expect(kept).toEqual(expected);
  });

  it('finds something and leaves something out, so the comparison above can fail', () => {
    const test = new FilterTest(filters({ status: ['in-effect'] }), meta);
    const kept = pages.filter((page) => test.passes(page)).length;
    expect(kept).toBeGreaterThan(50);
    expect(kept).toBeLessThan(pages.length - 50);
  });

  it('keeps no page whose facts are not known yet', () => {
    expect(new FilterTest(filters({ from: '2000' }), meta).passes(undefined)).toBe(false);
  });
});
