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

  it('suggests the entity whose name or alias an unknown slug spells', () => {
    const aws = doc('entity', 'amazon-web-services-inc', 'name: Amazon Web Services\ncategory: company\naliases: [AWS]');
    const council = doc('entity', 'boston-council-of-the-city', 'name: Boston City Council\ncategory: government');
    expect(check({ actors: 'actors: [aws, boston-city-council]' }, aws, council)).toEqual([
      `${FILE}:6: actors[0]: "aws" is not an entity in content/entities/ (did you mean "amazon-web-services-inc", whose aliases include "AWS"?)`,
      `${FILE}:6: actors[1]: "boston-city-council" is not an entity in content/entities/ (did you mean "boston-council-of-the-city", the slug of "Boston City Council"?)`,
    ]);
  });

  it('suggests a related entry with the same words, or lists the entries on the same date', () => {
    const pause = doc('entry', '2020-06-10-amazon-rekognition-police-moratorium', entryYaml());
    const aclu = doc('entry', '2020-06-10-aclu-responds', entryYaml());
    expect(
      check({ related: 'related:\n  - entry: 2020-06-10-amazon-moratorium\n    rel: follows-up\n  - entry: 2020-06-10-zzz\n    rel: cites' }, pause, aclu),
    ).toEqual([
      `${FILE}:14: related[0].entry: "2020-06-10-amazon-moratorium" is not an entry in content/entries/ (did you mean "2020-06-10-amazon-rekognition-police-moratorium"?)`,
      `${FILE}:16: related[1].entry: "2020-06-10-zzz" is not an entry in content/entries/ (entries dated 2020-06-10: "2020-06-10-amazon-pause", "2020-06-10-amazon-rekognition-police-moratorium", "2020-06-10-aclu-responds")`,
    ]);
  });

  it('does not call a file that exists but could not be read missing: its own problem says why', () => {
    const entry = doc('entry', '2020-06-10-amazon-pause', entryYaml({ related: 'related:\n  - entry: 2020-06-08-ibm-exit\n    rel: follows-up', actors: 'actors: [amazon, ibm]' }));
    const unreadable = [{ type: 'entry' as const, slug: '2020-06-08-ibm-exit' }, { type: 'entity' as const, slug: 'ibm' }];
    expect(references.check({ ...context([entry, amazon()]), unreadable })).toEqual([]);
    expect(references.check(context([entry, amazon()])).length).toBe(2);
  });
});
