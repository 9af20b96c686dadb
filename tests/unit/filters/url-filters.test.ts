import { describe, expect, it } from 'vitest';
import { emptyFilters, matchesFilters, periodBound, type Filterable } from '@/lib/filters/filter-model';
import { parseFilters, serializeFilters } from '@/lib/filters/url-filters';

describe('timeline filters in the URL', () => {
  it('reads lists, repeated keys and periods', () => {
    const { filters, ignored } = parseFilters('?kind=legislation&actor=amazon&actor=ibm&topic=ban,moratorium&from=2020-06&to=2021-12');
    expect(filters).toEqual({ ...emptyFilters(), kind: ['legislation'], actor: ['amazon', 'ibm'], topic: ['ban', 'moratorium'], from: '2020-06', to: '2021-12' });
    expect(ignored).toEqual([]);
  });

  it('drops values it cannot use and says which', () => {
    const { filters, ignored } = parseFilters('kind=rumour&status=in-effect&from=2020-13&actor=<script>');
    expect(filters).toEqual({ ...emptyFilters(), status: ['in-effect'] });
    expect(ignored).toEqual(['kind=rumour', 'actor=<script>', 'from=2020-13 (use a date like 2020, 2020-06 or 2020-06-10)']);
  });

  it('writes filters back in a stable order, round-tripping', () => {
    const filters = { ...emptyFilters(), actor: ['amazon'], kind: ['legislation'], from: '2020-06', to: '2021-12' };
    const query = serializeFilters(filters);
    expect(query).toBe('kind=legislation&actor=amazon&from=2020-06&to=2021-12');
    expect(parseFilters(query).filters).toEqual(filters);
  });

  it('turns periods into first and last days', () => {
    expect(periodBound('2020', 'start')).toBe('2020-01-01');
    expect(periodBound('2021-12', 'end')).toBe('2021-12-31');
    expect(periodBound('2020-02', 'end')).toBe('2020-02-29');
    expect(periodBound('2020-02-30', 'start')).toBeUndefined();
  });

  it('matches any chosen value within a filter and all filters together', () => {
    const item: Filterable = {
      date: '2020-06-24',
      kind: 'legislation',
      actors: ['boston-city-council'],
      places: ['boston', 'massachusetts', 'united-states'],
      topics: ['ban'],
      status: 'enacted',
      scope: ['government'],
      measure: ['ban'],
    };
    const f = (query: string) => matchesFilters(item, parseFilters(query).filters);
    expect(f('')).toBe(true);
    expect(f('jurisdiction=united-states')).toBe(true);
    expect(f('kind=corporate,legislation&from=2020-06&to=2020-06')).toBe(true);
    expect(f('kind=corporate')).toBe(false);
    expect(f('from=2020-07')).toBe(false);
    expect(f('to=2020-05')).toBe(false);
    expect(f('measure=ban&scope=police')).toBe(false);
  });
});
