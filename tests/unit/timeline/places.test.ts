import { describe, expect, it } from 'vitest';
import { ancestorsOf, contains, withAncestors } from '@/lib/content/places';

const parents: Record<string, string> = { boston: 'massachusetts', massachusetts: 'united-states', italy: 'european-union', loop: 'loop' };
const parentOf = (slug: string) => parents[slug];

describe('jurisdiction containment', () => {
  it('walks up from a city to its country', () => {
    expect(ancestorsOf('boston', parentOf)).toEqual(['massachusetts', 'united-states']);
    expect(contains('united-states', 'boston', parentOf)).toBe(true);
    expect(contains('boston', 'united-states', parentOf)).toBe(false);
  });
  it('expands places with every place that contains them, once each', () => {
    expect(withAncestors(['boston', 'massachusetts', 'italy'], parentOf)).toEqual(['boston', 'massachusetts', 'united-states', 'italy', 'european-union']);
  });
  it('stops on a loop instead of hanging', () => {
    expect(ancestorsOf('loop', parentOf)).toEqual([]);
  });
});
