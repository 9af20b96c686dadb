/** Every place of a map's data with its shade on a day: what the map and its table both show. */
import type { RuleRecord } from '../policy/rules';
import type { MapPlace, PolicyMapData } from './map-data';
import { placeLabel, SHADES, shadeOn, type PlaceShade } from './shade';

export interface ShadedPlace extends MapPlace {
  shaded: PlaceShade;
  /** The accessible name: "Illinois: 3 rules in force (consent law)". */
  label: string;
}

/** Each place with its shade on `date`, strongest shade first, then by name. */
export function shadePlaces(data: PolicyMapData, rules: readonly RuleRecord[], date: string): ShadedPlace[] {
  const bySlug = new Map(rules.map((rule) => [rule.slug, rule]));
  return data.places
    .map((place) => {
      const shaded = shadeOn(place.rules.flatMap((slug) => bySlug.get(slug) ?? []), date);
      return { ...place, shaded, label: placeLabel(place.name, shaded) };
    })
    .sort((a, b) => SHADES.indexOf(a.shaded.shade) - SHADES.indexOf(b.shaded.shade) || a.name.localeCompare(b.name));
}
