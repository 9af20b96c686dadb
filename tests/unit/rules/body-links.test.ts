import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { bodyLinks } from '@/lib/checks/rules/body-links';
import { amazon, context, doc, entryYaml } from '../../support/docs';

const other = () => doc('entry', '2020-06-08-ibm-exit', entryYaml({ date: 'date: 2020-06-08' }));
const withBody = (body: string) =>
  bodyLinks.check(context([doc('entry', '2020-06-10-amazon-pause', entryYaml(), body), other(), amazon()])).map(formatProblem);

describe('body-links rule', () => {
  it('accepts links to entries and entities that exist', () => {
    expect(withBody('See [IBM](/entries/2020-06-08-ibm-exit/) and [Amazon](/entities/amazon/).')).toEqual([]);
  });

  it('names a link to a missing entry, on its line, with the nearest slug', () => {
    expect(withBody('First line.\n\nSee [IBM](/entries/2020-06-08-ibm-exits/).')).toEqual([
      'content/entries/2020/2020-06-10-amazon-pause.mdx:16: body: links to /entries/2020-06-08-ibm-exits/, but "2020-06-08-ibm-exits" is not an entry in content/entries/ (did you mean "2020-06-08-ibm-exit"?)',
    ]);
  });

  it('names a link to a missing entity', () => {
    expect(withBody('[AWS](/entities/amazn)')).toEqual([
      'content/entries/2020/2020-06-10-amazon-pause.mdx:14: body: links to /entities/amazn/, but "amazn" is not an entity in content/entities/ (did you mean "amazon"?)',
    ]);
  });
});
