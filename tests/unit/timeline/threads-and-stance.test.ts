import { describe, expect, it } from 'vitest';
import { inheritedRules, stanceOf } from '@/lib/policy/stance';
import { threadOf } from '@/lib/content/threads';
import { groupRules, provisionMatrix, ruleRecords, rulesInForce } from '@/lib/policy/rules';
import { collectionOf, entryDoc } from '../../support/collection';

const collection = collectionOf([
  entryDoc('2020-06-08-ibm'),
  entryDoc('2020-06-10-moratorium', {
    related: [{ entry: '2020-06-08-ibm', rel: 'follows-up' }],
    status: 'extended',
    history: [
      { date: '2020-06-10', status: 'in-effect' },
      { date: '2021-05-18', status: 'extended' },
    ],
    effective: '2020-06-10',
    expires: '2021-06-10',
    scope: ['police'],
    measure: ['moratorium'],
  }),
  entryDoc('2020-06-10-aclu', { kind: 'advocacy', related: [{ entry: '2020-06-10-moratorium', rel: 'responds-to' }] }),
  entryDoc('2021-05-18-extension', { related: [{ entry: '2020-06-10-moratorium', rel: 'extends' }], status: 'in-effect', scope: ['police'], measure: ['moratorium'] }),
  entryDoc('2019-10-08-ab-1215', {
    kind: 'legislation',
    actors: ['california-legislature'],
    jurisdictions: ['california'],
    status: 'expired',
    history: [
      { date: '2019-10-08', status: 'enacted' },
      { date: '2020-01-01', status: 'in-effect' },
      { date: '2023-01-01', status: 'expired' },
    ],
    effective: '2020-01-01',
    expires: '2023-01-01',
    scope: ['police'],
    measure: ['ban'],
  }),
  entryDoc('2019-12-01-unlinked'),
]);

describe('threads', () => {
  it('gathers every entry linked directly or through others, in date order, marking the current one', () => {
    const thread = threadOf(collection, collection.getEntry('2020-06-10-aclu')!);
    expect(thread.map((item) => [item.entry.slug, item.current])).toEqual([
      ['2020-06-08-ibm', false],
      ['2020-06-10-aclu', true],
      ['2020-06-10-moratorium', false],
      ['2021-05-18-extension', false],
    ]);
    expect(thread.find((item) => item.current)!.links.map((link) => link.words)).toEqual(['responds to']);
  });

  it('is empty for an entry with no links', () => {
    expect(threadOf(collection, collection.getEntry('2019-12-01-unlinked')!)).toEqual([]);
  });
});

describe('status on a date', () => {
  const rules = ruleRecords(collection);
  const inForce = (date: string) => rulesInForce(rules, date).map(({ rule }) => rule.slug);

  it('shows Amazon\'s moratorium and California\'s body-camera ban in force on 2020-06-30', () => {
    expect(inForce('2020-06-30')).toEqual(['2019-10-08-ab-1215', '2020-06-10-moratorium']);
  });

  it('shows the body-camera ban gone on 2023-06-30', () => {
    expect(inForce('2023-06-30')).toEqual(['2020-06-10-moratorium', '2021-05-18-extension']);
  });

  it('groups companies\' policies under the company and laws under their place', () => {
    expect(groupRules(rulesInForce(rules, '2020-06-30')).map((group) => [group.name, group.rules.length])).toEqual([
      ['Amazon', 1],
      ['California', 1],
    ]);
  });

  it('fills the scope × measure matrix', () => {
    const police = provisionMatrix(rulesInForce(rules, '2020-06-30')).find((row) => row.scope === 'police')!;
    expect(police.cells.filter((cell) => cell.rules.length > 0).map((cell) => [cell.measure, cell.rules.map(({ rule }) => rule.slug)])).toEqual([
      ['ban', ['2019-10-08-ab-1215']],
      ['moratorium', ['2020-06-10-moratorium']],
    ]);
  });
});

describe('entity stance and inherited rules', () => {
  it('describes a company\'s rules in force, folding an extension into the rule it extends', () => {
    expect(stanceOf(collection, collection.getEntity('amazon')!, '2026-11-26')?.line).toBe(
      'Amazon: moratorium for police since 10 June 2020, extended 18 May 2021.',
    );
  });

  it('says when none of the rules binding a place is in force', () => {
    expect(stanceOf(collection, collection.getEntity('california')!, '2026-11-26')?.line).toBe(
      'California: no rule that applies here is in force; the latest, “Title of 2019-10-08-ab-1215”, is expired since 1 January 2023.',
    );
  });

  it('gives the legislature that made a law no stance: it acted, the law binds its place', () => {
    expect(stanceOf(collection, collection.getEntity('california-legislature')!, '2026-11-26')).toBeUndefined();
  });

  it('lists a city\'s inherited rules from its state', () => {
    expect(inheritedRules(collection, collection.getEntity('san-francisco')!).map(({ entry, from }) => [entry.slug, from.slug])).toEqual([
      ['2019-10-08-ab-1215', 'california'],
    ]);
  });
});
