import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { nameKey, uniqueNames } from '@/lib/checks/rules/unique-names';
import { context, doc } from '../../support/docs';

const amazon = () => doc('entity', 'amazon', 'name: Amazon\ncategory: company\naliases: [AWS, Rekognition]');
const check = (...docs: ReturnType<typeof doc>[]) => uniqueNames.check(context(docs)).map(formatProblem);

describe('unique-names rule', () => {
  it('refuses an alias that another entity also claims, telling both files', () => {
    const impostor = doc('entity', 'acme', 'name: Acme\ncategory: company\naliases: [Acme Corp, aws]');
    expect(check(amazon(), impostor).sort()).toEqual([
      'content/entities/acme.mdx:4: aliases[1]: "aws" is also an alias of "amazon" (content/entities/amazon.mdx); each name, slug and alias belongs to one entity, so search finds the right one',
      'content/entities/amazon.mdx:4: aliases[0]: "AWS" is also an alias of "acme" (content/entities/acme.mdx); each name, slug and alias belongs to one entity, so search finds the right one',
    ]);
  });

  it('refuses an alias that is another entity\'s name, on the alias', () => {
    const impostor = doc('entity', 'acme', 'name: Acme\ncategory: company\naliases: [amazon.com inc, AMAZON]');
    expect(check(amazon(), impostor)).toEqual([
      'content/entities/acme.mdx:4: aliases[1]: "AMAZON" is already the slug of "amazon" (content/entities/amazon.mdx); each name, slug and alias belongs to one entity, so search finds the right one',
    ]);
  });

  it('refuses a name or alias that is another entity\'s slug or name, ignoring case and accents', () => {
    const quebec = doc('entity', 'quebec', 'name: Québec\ncategory: jurisdiction\nlevel: state');
    const other = doc('entity', 'quebec-province', 'name: QUEBEC\ncategory: jurisdiction\nlevel: state\naliases: [Amazón]');
    expect(check(amazon(), quebec, other).sort()).toEqual([
      'content/entities/quebec-province.mdx:2: name: "QUEBEC" is already the slug of "quebec" (content/entities/quebec.mdx); each name, slug and alias belongs to one entity, so search finds the right one',
      'content/entities/quebec-province.mdx:5: aliases[0]: "Amazón" is already the slug of "amazon" (content/entities/amazon.mdx); each name, slug and alias belongs to one entity, so search finds the right one',
    ]);
  });

  it('lets one entity repeat its own name as an alias', () => {
    expect(check(doc('entity', 'upper-tribunal', 'name: Upper Tribunal\ncategory: government\naliases: [upper tribunal]'))).toEqual([]);
    expect(nameKey('  Québec–City ')).toBe('quebec city');
  });
});
