import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { placeGeography } from '@/lib/checks/rules/place-geography';
import { context, doc, entryYaml } from '../../support/docs';

const place = (slug: string, lines: string) => doc('entity', slug, `name: ${slug}\ncategory: jurisdiction\n${lines}`);
const ruleIn = (jurisdiction: string) =>
  doc('entry', '2020-06-24-a-ban', entryYaml({ kind: 'kind: legislation', jurisdictions: `jurisdictions: [${jurisdiction}]`, status: 'status: enacted', scope: 'scope: [police]', measure: 'measure: [ban]' }));
const check = (...docs: ReturnType<typeof doc>[]) => placeGeography.check(context(docs)).map(formatProblem);

describe('place-geography rule', () => {
  it('passes a US state by its code, a country by its code and cities GeoNames holds once', () => {
    expect(
      check(
        place('illinois', 'level: state\niso: US-IL'),
        place('france', 'level: country\niso: FR'),
        place('boston', 'level: city\ngeonames:\n  name: Boston\n  country: US\n  admin1: MA'),
        place('sao-paulo', 'level: city\ngeonames:\n  name: São Paulo\n  country: BR'),
        ruleIn('boston'),
      ),
    ).toEqual([]);
  });

  it('names the file, field and line of an unknown code', () => {
    expect(check(place('atlantis', 'level: country\niso: QQ'))).toEqual([
      'content/entities/atlantis.mdx:5: iso: "QQ" is not a country the world map draws (write its ISO 3166-1 alpha-2 code, such as US or FR)',
    ]);
    expect(check(place('ohio', 'level: state\niso: US-OX'))).toEqual(['content/entities/ohio.mdx:5: iso: "US-OX" is not a US state (write its ISO 3166-2 code, such as US-IL)']);
  });

  it('names the line of a city it cannot place, and says which admin1 an ambiguous one needs', () => {
    expect(check(place('springfield', 'level: city\ngeonames:\n  name: Springfield\n  country: US'))).toEqual([
      'content/entities/springfield.mdx:6: geonames.name: "Springfield" names 20 GeoNames cities in US: add admin1 (one of CO, FL, GA, IL, KY, MA, MI, MN, MO, NE, NH, NJ, NY, OH, OR, PA, SD, TN, VA, VT)',
    ]);
    expect(check(place('gotham', 'level: city\ngeonames:\n  name: Gotham City\n  country: US\n  admin1: NJ'))).toEqual([
      'content/entities/gotham.mdx:6: geonames.name: no GeoNames city named "Gotham City" in US.NJ',
    ]);
  });

  it('requires a place with a rule to say where it is, but not a union of countries', () => {
    expect(check(place('boston', 'level: city\nparent: massachusetts'), place('european-union', 'level: supranational'), ruleIn('boston'), ruleIn('european-union'))).toEqual([
      'content/entities/boston.mdx:2: geonames: boston has rules, so the map needs to know where it is: add geonames (name and country, such as name: Boston and country: US)',
    ]);
  });

  it('keeps the fields to places', () => {
    expect(check(doc('entity', 'amazon', 'name: Amazon\ncategory: company\niso: US'))).toEqual(['content/entities/amazon.mdx:4: iso: is only for jurisdictions, but category is company']);
  });
});
