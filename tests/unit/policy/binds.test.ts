import { describe, expect, it } from 'vitest';
import { bindingOf } from '@/lib/content/binds';
import { entriesCsv } from '@/lib/data/entries-csv';
import { entitiesFile, entriesFile } from '@/lib/data/records';
import { entityFeedSpec } from '@/lib/feeds/atom';
import { groupRules, provisionMatrix, ruleRecords, rulesInForce } from '@/lib/policy/rules';
import { inheritedRules, stanceOf } from '@/lib/policy/stance';
import { parseSiteUrl } from '@/lib/site-config';
import { collectionOf, entityDoc, entryDoc, PLACES } from '../../support/collection';

const ENTITIES = [
  ...PLACES,
  entityDoc('illinois', { name: 'Illinois', category: 'jurisdiction', level: 'state', parent: 'united-states' }),
  entityDoc('chicago', { name: 'Chicago', category: 'jurisdiction', level: 'city', parent: 'illinois' }),
  entityDoc('clearview-ai', { name: 'Clearview AI', category: 'company' }),
  entityDoc('aclu', { name: 'ACLU', category: 'organization' }),
  entityDoc('garante-privacy', { name: 'Garante', category: 'government' }),
  entityDoc('italy', { name: 'Italy', category: 'jurisdiction', level: 'country' }),
];

const collection = collectionOf(
  [
    // The ACLU sued; the settlement binds Clearview.
    entryDoc('2022-05-09-aclu-clearview-settlement', {
      title: 'Clearview AI settles ACLU suit',
      kind: 'legal',
      actors: ['clearview-ai', 'aclu'],
      binds: ['clearview-ai'],
      jurisdictions: ['united-states', 'illinois'],
      status: 'settled',
      effective: '2022-05-11',
      scope: ['private-sector', 'police'],
      measure: ['sales-halt'],
    }),
    // Clearview is named only as the one bound.
    entryDoc('2022-03-09-italy-fines-clearview-ai', {
      title: 'Italy fines Clearview AI',
      kind: 'legal',
      actors: ['garante-privacy'],
      binds: ['clearview-ai'],
      jurisdictions: ['italy'],
      status: 'in-effect',
      scope: ['private-sector'],
      measure: ['penalty'],
    }),
    // A company's own policy binds it; the country it applies in is not bound.
    entryDoc('2020-06-10-amazon-moratorium', { jurisdictions: ['united-states'], status: 'in-effect', scope: ['police'], measure: ['moratorium'] }),
    // A law binds its place.
    entryDoc('2008-10-01-bipa', {
      kind: 'legislation',
      actors: ['california-legislature'],
      jurisdictions: ['illinois'],
      status: 'in-effect',
      scope: ['private-sector'],
      measure: ['consent-requirement'],
    }),
  ],
  ENTITIES,
);
const entity = (slug: string) => collection.getEntity(slug)!;
const DAY = '2026-12-01';

describe('who a rule binds', () => {
  it('infers a law\'s places and a sole company\'s own policy; settlements and orders must say', () => {
    expect(bindingOf({ kind: 'legislation', actors: ['x'], jurisdictions: ['illinois'] })).toEqual({ slugs: ['illinois'], from: 'jurisdictions' });
    expect(bindingOf({ kind: 'corporate', actors: ['amazon'] })).toEqual({ slugs: ['amazon'], from: 'actor' });
    expect(bindingOf({ kind: 'corporate', actors: ['microsoft', 'brad-smith'] })).toBeUndefined();
    expect(bindingOf({ kind: 'legal', actors: ['clearview-ai', 'aclu'], jurisdictions: ['illinois'] })).toBeUndefined();
    expect(bindingOf({ kind: 'legal', actors: ['clearview-ai', 'aclu'], binds: ['clearview-ai'] })).toEqual({ slugs: ['clearview-ai'], from: 'written' });
  });

  it('puts the settlement in Clearview\'s stance line, not the ACLU\'s, saying where each rule holds', () => {
    expect(stanceOf(collection, entity('aclu'), DAY)).toBeUndefined();
    expect(stanceOf(collection, entity('clearview-ai'), DAY)?.line).toBe(
      'Clearview AI: penalty for private sector since 9 March 2022 (Italy); sales halt for private sector, police since 11 May 2022 (United States, Illinois).',
    );
  });

  it('gives a place only the rules that bind it: its law, not a company\'s policy or a settlement there', () => {
    expect(stanceOf(collection, entity('illinois'), DAY)?.line).toBe('Illinois: consent requirement for private sector since 1 October 2008.');
    expect(stanceOf(collection, entity('united-states'), DAY)).toBeUndefined();
    expect(inheritedRules(collection, entity('chicago')).map(({ entry, from }) => [entry.slug, from.slug])).toEqual([['2008-10-01-bipa', 'illinois']]);
  });

  it('groups the status page by whom each rule binds', () => {
    const rules = ruleRecords(collection);
    expect(groupRules(rulesInForce(rules, DAY)).map((group) => [group.name, group.rules.map(({ rule }) => rule.slug)])).toEqual([
      ['Amazon', ['2020-06-10-amazon-moratorium']],
      ['Clearview AI', ['2022-03-09-italy-fines-clearview-ai', '2022-05-09-aclu-clearview-settlement']],
      ['Illinois', ['2008-10-01-bipa']],
    ]);
    expect(rules.find((rule) => rule.slug === '2022-05-09-aclu-clearview-settlement')?.binds).toEqual([{ slug: 'clearview-ai', name: 'Clearview AI' }]);
    const salesHalt = provisionMatrix(rulesInForce(rules, DAY)).find((row) => row.scope === 'police')!.cells.find((cell) => cell.measure === 'sales-halt')!;
    expect(salesHalt.rules.map(({ rule }) => rule.group.name)).toEqual(['Clearview AI']);
  });

  it('puts an order in the feed of the company it binds, even when only `binds` names it', () => {
    const slugs = (slug: string) => entityFeedSpec(collection, entity(slug)).entries.map((entry) => entry.slug);
    expect(slugs('clearview-ai')).toEqual(expect.arrayContaining(['2022-03-09-italy-fines-clearview-ai', '2022-05-09-aclu-clearview-settlement']));
    expect(slugs('aclu')).toEqual(['2022-05-09-aclu-clearview-settlement']);
  });

  it('publishes `binds` and how it was decided in the open data, and the `bound` role', () => {
    const address = parseSiteUrl('https://example.org');
    const records = entriesFile(collection, address).entries;
    const record = (slug: string) => records.find((entry) => entry.slug === slug)!;
    expect([record('2022-05-09-aclu-clearview-settlement').binds, record('2022-05-09-aclu-clearview-settlement').bindsFrom]).toEqual([['clearview-ai'], 'written']);
    expect([record('2008-10-01-bipa').binds, record('2008-10-01-bipa').bindsFrom]).toEqual([['illinois'], 'jurisdictions']);
    expect([record('2020-06-10-amazon-moratorium').binds, record('2020-06-10-amazon-moratorium').bindsFrom]).toEqual([['amazon'], 'actor']);
    const appearances = (slug: string) => entitiesFile(collection, address).entities.find((each) => each.slug === slug)!.entries;
    expect(appearances('clearview-ai')).toEqual([
      { entry: '2022-03-09-italy-fines-clearview-ai', roles: ['bound'] },
      { entry: '2022-05-09-aclu-clearview-settlement', roles: ['actor', 'bound'] },
    ]);
    expect(appearances('aclu')).toEqual([{ entry: '2022-05-09-aclu-clearview-settlement', roles: ['actor'] }]);
    const csv = entriesCsv(collection, address).split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv.find((line) => line.startsWith('2022-05-09-aclu-clearview-settlement,'))!.split(',');
    expect(row[header.indexOf('binds')]).toBe('clearview-ai');
  });
});
