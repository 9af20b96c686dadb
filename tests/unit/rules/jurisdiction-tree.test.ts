import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { jurisdictionTree } from '@/lib/checks/rules/jurisdiction-tree';
import { context, doc } from '../../support/docs';

const place = (slug: string, level: string, parent?: string) =>
  doc('entity', slug, `name: ${slug}\ncategory: jurisdiction\nlevel: ${level}${parent ? `\nparent: ${parent}` : ''}`);
const check = (...docs: ReturnType<typeof doc>[]) => jurisdictionTree.check(context(docs)).map(formatProblem);

describe('jurisdiction-tree rule', () => {
  it('passes a city in a state in a country', () => {
    expect(check(place('seattle', 'city', 'washington'), place('washington', 'state', 'united-states'), place('united-states', 'country'))).toEqual([]);
  });

  it('requires a level for a jurisdiction', () => {
    expect(check(doc('entity', 'seattle', 'name: Seattle\ncategory: jurisdiction'))).toEqual([
      'content/entities/seattle.mdx:3: category: is jurisdiction, so `level` is required (city, county, state, country or supranational)',
    ]);
  });

  it('keeps parent and level for jurisdictions', () => {
    expect(check(doc('entity', 'amazon', 'name: Amazon\ncategory: company\nparent: united-states'), place('united-states', 'country'))).toEqual([
      'content/entities/amazon.mdx:4: parent: is only for jurisdictions, but category is company',
    ]);
  });

  it('wants a parent larger than the place', () => {
    expect(check(place('washington', 'state', 'seattle'), place('seattle', 'city'))).toEqual([
      'content/entities/washington.mdx:5: parent: "seattle" is a city, not larger than this state',
    ]);
  });

  it('finds loops', () => {
    expect(check(place('a', 'state', 'b'), place('b', 'state', 'a'))).toContain(
      'content/entities/a.mdx:5: parent: leads back to "a": parents must not form a loop',
    );
  });
});
