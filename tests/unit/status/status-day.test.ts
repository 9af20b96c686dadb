/**
 * The status page's summary of a day: its lists fold past a few rules and open on request, the
 * data file the browser fetches for another day gives the same summary as the build, and the
 * summary the page carries does not grow with the number of rules.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { policyMapData } from '@/lib/map/map-data';
import { ruleRecords } from '@/lib/policy/rules';
import { cellKey, dayFacts, FOLD_AFTER, foldDay, groupKey, statusDay } from '@/lib/status/status-day';
import { statusFile, unpackStatusFile } from '@/lib/status/status-file';
import { collectionOf, entityDoc, entryDoc, PLACES } from '../../support/collection';

const law = (slug: string, jurisdiction: string, fields: Record<string, unknown> = {}) =>
  entryDoc(slug, { kind: 'legislation', actors: ['california-legislature'], jurisdictions: [jurisdiction], scope: ['police'], measure: ['ban'], status: 'in-effect', ...fields });

/** `count` bans in `place`, one a month from January 2015. */
const bans = (place: string, count: number) =>
  Array.from({ length: count }, (_, i) => law(`${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01-${place}-ban-${i}`, place));

const summaryOf = (entries: ReturnType<typeof law>[], date: string, open?: ReadonlySet<string>, entities = PLACES) => {
  const collection = collectionOf(entries, entities);
  return statusDay(ruleRecords(collection), policyMapData(collection).places, date, open);
};

describe('the status summary of a day', () => {
  it('shows a group of more than six rules as its count and its first five, and all of it once opened', () => {
    const day = summaryOf(bans('california', 9), '2026-01-01');
    const california = day.groups.find((group) => group.slug === 'california')!;
    expect(california.count).toBe(9);
    expect(california.rules.map((rule) => rule.slug)).toHaveLength(FOLD_AFTER);
    expect(california.rules[0]).toMatchObject({ slug: '2015-01-01-california-ban-0', line: 'ban for police since 1 January 2015' });

    const opened = summaryOf(bans('california', 9), '2026-01-01', new Set([groupKey('california')]));
    expect(opened.groups.find((group) => group.slug === 'california')!.rules).toHaveLength(9);
  });

  it('opens and folds a list from the day worked out once, as if the day were worked out again', () => {
    const collection = collectionOf([...bans('california', 9), ...bans('san-francisco', 8)], PLACES);
    const rules = ruleRecords(collection);
    const { places } = policyMapData(collection);
    const facts = dayFacts(rules, places, '2026-01-01');
    const open = new Set([groupKey('san-francisco'), cellKey('police', 'ban')]);
    expect(foldDay(facts, open)).toEqual(statusDay(rules, places, '2026-01-01', open));
    expect(foldDay(facts).groups.map((group) => group.rules.length)).toEqual([FOLD_AFTER, FOLD_AFTER]);
    expect(foldDay(facts, open).groups.find((group) => group.slug === 'san-francisco')!.rules).toHaveLength(8);
  });

  it('shows a group of six whole: folding one rule away would hide more than it saves', () => {
    const day = summaryOf(bans('california', 6), '2026-01-01');
    expect(day.groups[0]!.rules).toHaveLength(6);
  });

  it('folds a matrix cell the same way, naming each rule by the group it is listed under', () => {
    const day = summaryOf([...bans('california', 5), ...bans('san-francisco', 4)], '2026-01-01');
    expect(day.measures).toEqual(['ban']);
    const cell = day.rows.find((row) => row.scope === 'police')!.cells[0]!;
    expect(cell.count).toBe(9);
    expect(cell.rules).toHaveLength(FOLD_AFTER);
    expect(cell.rules[0]!.groupName).toBe('California');
    const opened = summaryOf([...bans('california', 5), ...bans('san-francisco', 4)], '2026-01-01', new Set([cellKey('police', 'ban')]));
    expect(opened.rows[0]!.cells[0]!.rules).toHaveLength(9);
  });

  it('counts only the rules in force that day, and shades the map from them', () => {
    const entries = [law('2019-01-01-california-moratorium', 'california', { measure: ['moratorium'], expires: '2021-01-01' }), ...bans('san-francisco', 2)];
    const before = summaryOf(entries, '2014-06-01');
    expect(before.count).toBe(0);
    expect(before.places).toEqual([
      { slug: 'california', shade: 'none', count: 0 },
      { slug: 'san-francisco', shade: 'none', count: 0 },
    ]);
    const during = summaryOf(entries, '2020-06-01');
    expect(during.count).toBe(3);
    expect(during.places).toEqual([
      { slug: 'san-francisco', shade: 'ban', count: 2 },
      { slug: 'california', shade: 'moratorium', count: 1 },
    ]);
  });
});

describe('the rules\' data file', () => {
  // A moratorium set aside by a law and back when the law lapsed, and a rule amended later.
  const entries = [
    law('2021-04-07-california-ban', 'california', {
      history: [
        { date: '2021-04-07', status: 'in-effect' },
        { date: '2022-07-01', status: 'suspended' },
        { date: '2026-07-01', status: 'in-effect' },
      ],
    }),
    law('2022-04-27-california-allows', 'california', {
      measure: ['use-restrictions'],
      expires: '2026-07-01',
      related: [{ entry: '2021-04-07-california-ban', rel: 'supersedes' }],
    }),
    law('2019-05-14-san-francisco-ban', 'san-francisco'),
    entryDoc('2023-03-01-san-francisco-amends-ban', {
      kind: 'legislation',
      actors: ['california-legislature'],
      jurisdictions: ['san-francisco'],
      status: 'enacted',
      related: [{ entry: '2019-05-14-san-francisco-ban', rel: 'amends' }],
    }),
    ...bans('california', 8),
  ];
  const collection = collectionOf(entries);
  const map = policyMapData(collection);
  const file = unpackStatusFile(JSON.parse(JSON.stringify(statusFile(collection, map))));

  it.each(['2020-01-01', '2021-06-01', '2024-01-01', '2026-08-01'])('gives the browser the same summary of %s as the build', (date) => {
    const open = new Set([groupKey('california')]);
    expect(statusDay(file.rules, file.places, date, open)).toEqual(statusDay(ruleRecords(collection), map.places, date, open));
  });

  it('carries the revived ban and the amendment the page shows', () => {
    const day = statusDay(file.rules, file.places, '2026-08-01', new Set([groupKey('california')]));
    const ban = day.groups.find((group) => group.slug === 'california')!.rules.find((rule) => rule.slug === '2021-04-07-california-ban');
    expect(ban?.line).toBe('ban for police in force again since 1 July 2026 (set aside 1 July 2022 to 1 July 2026)');
    const sf = day.groups.find((group) => group.slug === 'san-francisco')!.rules[0]!;
    expect(sf.amendments).toEqual([{ slug: '2023-03-01-san-francisco-amends-ban', title: 'Title of 2023-03-01-san-francisco-amends-ban', adopted: '2023-03-01' }]);
  });

  it('names a value the site does not know, so a stale file is not read wrongly', () => {
    const stale = statusFile(collection, map);
    stale.entries[0]![2] = 'rumour';
    expect(() => unpackStatusFile(stale)).toThrow('rules.json: unknown kind "rumour"');
  });
});

describe('the size of the summary the page carries', () => {
  // Twenty places with rules; the record then grows tenfold in each.
  const places = Array.from({ length: 20 }, (_, i) => entityDoc(`town-${i}`, { name: `Town ${i}`, category: 'jurisdiction', level: 'city', parent: 'california' }));
  const gzipped = (perPlace: number) => {
    const entries = places.flatMap((place) => bans(place.slug, perPlace));
    return gzipSync(JSON.stringify(summaryOf(entries, '2026-01-01', undefined, [...PLACES, ...places]))).length;
  };

  it('stays the same when every place has ten times the rules', () => {
    const small = gzipped(10);
    const large = gzipped(100);
    // Only the counts' digits grow: 2,000 rules in force cost what 200 do.
    expect(large).toBeLessThan(small * 1.1);
  });
});
