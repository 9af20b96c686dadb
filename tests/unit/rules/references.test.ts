import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { references } from '@/lib/checks/rules/references';
import { amazon, context, doc, entryYaml } from '../../support/docs';

const FILE = 'content/entries/2020/2020-06-10-amazon-pause.mdx';
const check = (overrides: Record<string, string>, ...others: ReturnType<typeof doc>[]) =>
  references.check(context([doc('entry', '2020-06-10-amazon-pause', entryYaml(overrides)), amazon(), ...others])).map(formatProblem);

describe('references rule', () => {
  it('passes when every slug exists', () => {
    expect(check({ topics: 'topics: [moratorium]' })).toEqual([]);
  });

  it('names an unknown actor with its file, line and field, and suggests the nearest', () => {
    expect(check({ actors: 'actors: [amazon, amazn]' })).toEqual([
      `${FILE}:6: actors[1]: "amazn" is not an entity in content/entities/ (did you mean "amazon"?)`,
    ]);
  });

  it('names unknown jurisdictions, topics and related entries', () => {
    expect(
      check({
        jurisdictions: 'jurisdictions: [atlantis]',
        topics: 'topics: [moratorum]',
        related: 'related:\n  - entry: 2020-06-08-ibm-exit\n    rel: follows-up',
      }),
    ).toEqual([
      `${FILE}:13: jurisdictions[0]: "atlantis" is not an entity in content/entities/`,
      `${FILE}:14: topics[0]: "moratorum" is not a topic in content/topics.yml (did you mean "moratorium"?)`,
      `${FILE}:16: related[0].entry: "2020-06-08-ibm-exit" is not an entry in content/entries/`,
    ]);
  });

  it('names an entity whose parent does not exist', () => {
    const seattle = doc('entity', 'seattle', 'name: Seattle\ncategory: jurisdiction\nlevel: city\nparent: washingtn');
    const washington = doc('entity', 'washington', 'name: Washington\ncategory: jurisdiction\nlevel: state');
    expect(references.check(context([seattle, washington])).map(formatProblem)).toEqual([
      'content/entities/seattle.mdx:5: parent: "washingtn" is not an entity in content/entities/ (did you mean "washington"?)',
    ]);
  });
});
