/** Every place on the map with its shade on a day: what the map and its table both show. */
import { compareNames } from '../content/compare-names';
import type { RuleFacts } from '../policy/rules';
import { SHADES, shadeOn, type ShadeId } from './shade';

/** A place's shade on a day, and how many of its rules are in force. */
export interface PlaceDay {
  slug: string;
  shade: ShadeId;
  count: number;
}

/** What shading needs of a place: its name (for the order) and the slugs of its own rules. */
export interface PlaceRules {
  slug: string;
  name: string;
  rules: readonly string[];
}

/** Each place with its shade on `date`, strongest shade first, then by name. */
export function placesOn(places: readonly PlaceRules[], rules: readonly RuleFacts[], date: string): PlaceDay[] {
  const bySlug = new Map(rules.map((rule) => [rule.slug, rule]));
  const rank = (id: ShadeId) => SHADES.findIndex((shade) => shade.id === id);
  return places
    .map((place) => {
      const { shade, inForce } = shadeOn(place.rules.flatMap((slug) => bySlug.get(slug) ?? []), date);
      return { place, day: { slug: place.slug, shade: shade.id, count: inForce.length } };
    })
    .sort((a, b) => rank(a.day.shade) - rank(b.day.shade) || compareNames(a.place.name, b.place.name))
    .map(({ day }) => day);
}
