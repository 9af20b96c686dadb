import { describe, expect, it } from 'vitest';
import { emptyFilters, filterLabel, LIST_FILTER_SPECS, LIST_FILTERS } from '@/lib/filters/filter-model';
import { filterNote } from '@/lib/filters/filter-notes';
import { applyTypedFilter, SEARCH_KEY_NAMES, type QueryVocabulary } from '@/lib/filters/typed-filters';
import { parseFilters, serializeFilters } from '@/lib/filters/url-filters';
import { entrySchema } from '@/lib/content/schema';

const vocab: QueryVocabulary = { entities: [{ slug: 'illinois', name: 'Illinois', aliases: ['IL'], category: 'jurisdiction' }], topics: [{ slug: 'police-use', label: 'Police use' }] };

describe('the one filter model', () => {
  it('declares each filter once, and every consumer lists the same filters in the same order', () => {
    expect(LIST_FILTERS).toEqual(['kind', 'actor', 'jurisdiction', 'topic', 'status', 'scope', 'measure']);
    expect(Object.keys(emptyFilters())).toEqual(LIST_FILTERS);
    expect(SEARCH_KEY_NAMES).toEqual(['kind:', 'company:', 'in:', 'topic:', 'status:', 'scope:', 'measure:', 'from:', 'to:']);
    expect(LIST_FILTERS.map(filterLabel)).toEqual(['Kind', 'Actor', 'Jurisdiction', 'Topic', 'Status', 'Applies to', 'Measure']);
  });

  it('names entry fields that exist in the content schema', () => {
    const fields = Object.keys(entrySchema.shape);
    for (const spec of LIST_FILTER_SPECS) expect(fields).toContain(spec.field);
  });

  it("gives each filter's example as a value the URL and the search both accept", () => {
    for (const spec of LIST_FILTER_SPECS) {
      const fromUrl = parseFilters(`${spec.key}=${spec.example}`);
      expect(fromUrl.ignored).toEqual([]);
      expect(serializeFilters(fromUrl.filters)).toBe(`${spec.key}=${spec.example}`);
      const filters = emptyFilters();
      if (spec.source.type === 'closed') {
        expect(applyTypedFilter(filters, spec.searchKeys[0]!, spec.example, vocab)).toBeUndefined();
        expect(filters[spec.key]).toEqual([spec.example]);
      }
    }
  });

  it('writes the field note /data/ shows for a filterable field, and none for others', () => {
    expect(filterNote('measure')).toBe('Filter: `/timeline/?measure=ban` on the timeline, `measure:ban` in search.');
    expect(filterNote('actors')).toBe('Filter: `/timeline/?actor=amazon` on the timeline, `company:amazon` in search.');
    expect(filterNote('summary')).toBeUndefined();
  });

  it('resolves a place by alias for in:, and says what it takes when it cannot', () => {
    const filters = emptyFilters();
    expect(applyTypedFilter(filters, 'in', 'IL', vocab)).toBeUndefined();
    expect(filters.jurisdiction).toEqual(['illinois']);
    expect(applyTypedFilter(filters, 'in', 'Illinoys', vocab)).toBe('No place is called "Illinoys"; did you mean illinois?');
    expect(applyTypedFilter(filters, 'colour', 'red', vocab)).toMatch(/^"colour:" is not a filter; use kind:, company:/);
  });
});
