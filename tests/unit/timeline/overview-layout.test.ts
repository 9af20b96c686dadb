import { describe, expect, it } from 'vitest';
import { layoutOverview, OVERVIEW } from '@/lib/timeline/overview-layout';

describe('overview layout', () => {
  it('puts years along x and kinds in lanes', () => {
    const layout = layoutOverview(
      [
        { slug: 'a', date: '2019-01-01', lanes: ['corporate'], related: [] },
        { slug: 'b', date: '2020-07-01', lanes: ['legislation'], related: ['a'] },
      ],
      ['corporate', 'legislation'],
    );
    expect(layout.years.map((y) => y.year)).toEqual([2019, 2020]);
    const [a, b] = layout.marks;
    expect(a!.x).toBeCloseTo(OVERVIEW.left);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(layout.links).toEqual([{ from: { x: b!.x, y: b!.y }, to: { x: a!.x, y: a!.y } }]);
  });

  it('keeps hundreds of same-day marks from overlapping', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ slug: `e${i}`, date: `2020-06-${String((i % 28) + 1).padStart(2, '0')}`, lanes: ['legal'], related: [] }));
    const { marks } = layoutOverview(items, ['legal']);
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const distance = Math.hypot(marks[i]!.x - marks[j]!.x, marks[i]!.y - marks[j]!.y);
        expect(distance).toBeGreaterThanOrEqual(OVERVIEW.radius * 2);
      }
    }
  });
});

describe('overview layout on a phone', () => {
  const items = Array.from({ length: 19 }, (_, i) => ({ slug: `y${i}`, date: `${2008 + i}-06-01`, lanes: [i % 2 ? 'legal' : 'research'], related: [] }));

  it('uses the whole width and puts lane names above their lanes, clear of the marks', () => {
    const layout = layoutOverview(items, ['research', 'legal'], 328);
    expect(Math.max(...layout.marks.map((m) => m.x))).toBeLessThanOrEqual(328 - OVERVIEW.right);
    expect(Math.min(...layout.marks.map((m) => m.x))).toBeLessThan(30);
    for (const lane of layout.lanes) {
      const inLane = layout.marks.filter((m) => m.lane === lane.key);
      expect(Math.min(...inLane.map((m) => m.y)) - OVERVIEW.radius).toBeGreaterThan(lane.labelY);
    }
  });

  it('names only round years when every year has not room for its name', () => {
    const narrow = layoutOverview(items, ['research', 'legal'], 328);
    expect(narrow.years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2010, 2015, 2020, 2025]);
    const wide = layoutOverview(items, ['research', 'legal']);
    expect(wide.years.every((y) => y.labelled)).toBe(true);
  });
});
