import { describe, expect, it } from 'vitest';
import { policyMapData } from '@/lib/map/map-data';
import { LAND, PAGE, placeLabel, SHADES, shadeOn } from '@/lib/map/shade';
import { ruleRecords } from '@/lib/policy/rules';
import { collectionOf, entryDoc, PLACES } from '../../support/collection';

const law = (slug: string, jurisdiction: string, fields: Record<string, unknown>) =>
  entryDoc(slug, { kind: 'legislation', actors: ['california-legislature'], jurisdictions: [jurisdiction], scope: ['police'], ...fields });

// California: a three-year moratorium on police body cameras (2020 to 2023), then a consent law;
// San Francisco: its own ban. Neither the state's rules shade the city nor the city's the state.
const collection = collectionOf([
  law('2019-10-08-california-body-camera-moratorium', 'california', { measure: ['moratorium'], status: 'in-effect', effective: '2020-01-01', expires: '2023-01-01' }),
  law('2019-05-14-san-francisco-ban', 'san-francisco', { measure: ['ban'], status: 'in-effect' }),
  law('2024-01-01-california-consent-law', 'california', { measure: ['consent-requirement', 'disclosure'], status: 'in-effect' }),
  law('2021-03-01-san-francisco-disclosure', 'san-francisco', { measure: ['disclosure', 'use-restrictions'], status: 'in-effect' }),
]);
const data = policyMapData(collection);
const rules = ruleRecords(collection);
const shadeOf = (slug: string, date: string) => {
  const place = data.places.find((candidate) => candidate.slug === slug)!;
  return shadeOn(rules.filter((rule) => place.rules.includes(rule.slug)), date);
};

describe('the shade of a place on a day', () => {
  it('lists only places with rules of their own, with those rules', () => {
    expect(data.places.map((place) => [place.slug, place.rules])).toEqual([
      ['california', ['2019-10-08-california-body-camera-moratorium', '2024-01-01-california-consent-law']],
      ['san-francisco', ['2019-05-14-san-francisco-ban', '2021-03-01-san-francisco-disclosure']],
    ]);
  });

  it('is the rule in force, and none before it binds or after its term ended', () => {
    expect(shadeOf('california', '2019-12-31').shade.id).toBe('none');
    expect(shadeOf('california', '2021-06-01').shade.id).toBe('moratorium');
    expect(shadeOf('california', '2023-06-01').shade.id).toBe('none');
    expect(shadeOf('california', '2024-06-01').shade.id).toBe('consent');
  });

  it('takes the strongest rule in force: a ban over restrictions on use', () => {
    expect(shadeOf('san-francisco', '2020-06-01').shade.id).toBe('ban');
    expect(shadeOf('san-francisco', '2022-06-01').shade.id).toBe('ban');
    expect(shadeOf('san-francisco', '2022-06-01').inForce).toHaveLength(2);
  });

  it('keeps a city inside a state to its own rules: the state moratorium does not shade San Francisco', () => {
    expect(shadeOf('san-francisco', '2019-06-01').shade.id).toBe('ban');
    expect(shadeOf('san-francisco', '2019-01-01').shade.id).toBe('none');
    expect(shadeOf('california', '2019-06-01').shade.id).toBe('none');
  });

  it('reads a rule that is superseded as no longer in force', () => {
    const replaced = collectionOf([
      law('2020-01-01-california-ban', 'california', { measure: ['ban'], status: 'in-effect' }),
      law('2022-01-01-california-restrictions', 'california', {
        measure: ['use-restrictions'],
        status: 'in-effect',
        related: [{ entry: '2020-01-01-california-ban', rel: 'supersedes' }],
      }),
    ]);
    const replacedRules = ruleRecords(replaced);
    expect(shadeOn(replacedRules, '2021-01-01').shade.id).toBe('ban');
    expect(shadeOn(replacedRules, '2022-06-01').shade.id).toBe('restrictions');
    expect(shadeOn(replacedRules, '2022-06-01').inForce.map(({ rule }) => rule.slug)).toEqual(['2022-01-01-california-restrictions']);
  });

  it('names the place, how many rules are in force and the strongest', () => {
    expect(placeLabel('San Francisco', shadeOf('san-francisco', '2022-06-01'))).toBe('San Francisco: 2 rules in force (ban)');
    expect(placeLabel('California', shadeOf('california', '2021-06-01'))).toBe('California: 1 rule in force (moratorium)');
    expect(placeLabel('California', shadeOf('california', '2023-06-01'))).toBe('California: no rule in force');
  });

  it('leaves a place without map fields undrawn rather than guessing', () => {
    expect(PLACES.some((doc) => 'iso' in doc || 'geonames' in doc)).toBe(false);
    expect(data.places.every((place) => place.drawn === undefined)).toBe(true);
  });
});

/** WCAG relative luminance and contrast of two `#rrggbb` colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};

describe('the shades', () => {
  it('stand out 3:1 from the page and from land without rules, in both themes', () => {
    const weak = SHADES.flatMap((shade) =>
      (['light', 'dark'] as const).flatMap((theme) =>
        [PAGE[theme], LAND[theme]].filter((behind) => contrast(shade[theme], behind) < 3).map((behind) => `${shade.id} (${theme}) on ${behind}: ${contrast(shade[theme], behind).toFixed(2)}`),
      ),
    );
    expect(weak).toEqual([]);
  });

  it('each have words in the legend, strongest first', () => {
    expect(SHADES.map((shade) => shade.label)).toEqual([
      'Ban',
      'Moratorium',
      'Restrictions on use',
      'Consent law',
      'Other rule (disclosure, fines, sales halts)',
      'Rules on record, none in force that day',
    ]);
  });
});
