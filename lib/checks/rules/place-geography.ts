/**
 * The map can draw every place with a rule: a country or US state by its ISO code, any other place
 * by the GeoNames place it names. An unknown code, or a name GeoNames does not hold or holds more
 * than once, is reported on the field's line.
 */
import type { Problem } from '../../content/problem';
import { entitySchema } from '../../content/schema';
import { locatePlace } from '../../map/locate';
import { missingField, problemAt, stringField, stringItems, type Rule } from '../rule';

/** Entities named as a jurisdiction by a rule (an entry with a measure and a status). */
function placesWithRules(entries: Parameters<Rule['check']>[0]['entries']): Set<string> {
  const places = new Set<string>();
  for (const entry of entries) {
    const { measure, status } = entry.parsed.data;
    if (!Array.isArray(measure) || measure.length === 0 || typeof status !== 'string') continue;
    for (const { value } of stringItems(entry, 'jurisdictions')) places.add(value);
  }
  return places;
}

export const placeGeography: Rule = {
  id: 'place-geography',
  description:
    'A place with a rule says where the map draws it: `iso` for a country or US state, `geonames` for a city, county or state outside the US (not a union of countries); codes and names must be ones the map and GeoNames know, once.',
  check: ({ entries, entities }) => {
    const withRules = placesWithRules(entries);
    const problems: Problem[] = [];
    for (const doc of entities) {
      const { iso, geonames } = doc.parsed.data;
      if (iso === undefined && geonames === undefined) {
        const level = stringField(doc, 'level');
        if (withRules.has(doc.slug) && stringField(doc, 'category') === 'jurisdiction' && level !== undefined && level !== 'supranational') {
          const field = level === 'country' || (level === 'state' && stringField(doc, 'parent') === 'united-states') ? 'iso' : 'geonames';
          problems.push(missingField(doc, field, `${doc.slug} has rules, so the map needs to know where it is: add ${field === 'iso' ? 'iso (such as US or US-IL)' : 'geonames (name and country, such as name: Boston and country: US)'}`));
        }
        continue;
      }
      if (stringField(doc, 'category') !== 'jurisdiction') {
        problems.push(problemAt(doc, [iso !== undefined ? 'iso' : 'geonames'], `is only for jurisdictions, but category is ${stringField(doc, 'category') ?? 'missing'}`));
        continue;
      }
      // Values of the wrong shape are the schema rule's to report.
      const fields = entitySchema.pick({ level: true, iso: true, geonames: true }).safeParse({ level: doc.parsed.data.level, iso, geonames });
      if (!fields.success) continue;
      const location = locatePlace(fields.data);
      if (location && !location.ok) problems.push(problemAt(doc, location.field, location.message));
    }
    return problems;
  },
};
