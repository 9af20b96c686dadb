/**
 * Where an entity is drawn: a country or US state as its shape (from `iso`), a city, county or
 * state outside the US as a mark at its GeoNames coordinates (from `geonames`). The checker and
 * the map both ask this module, so what the checker accepts is what the map can draw.
 */
import type { GeoNamesPlace } from '../content/schema';
import type { Level } from '../content/vocab';
import { countryByCode, usStateByCode, type MapId, type Shape } from './atlas';
import { locateCity, locateDivision } from './geonames';

export interface PlaceFields {
  level?: Level | undefined;
  iso?: string | undefined;
  geonames?: GeoNamesPlace | undefined;
}

export type Location =
  | { ok: true; map: MapId; kind: 'shape'; shape: Shape }
  | { ok: true; map: MapId; kind: 'mark'; lng: number; lat: number }
  /** `field` is the path of the field at fault, for the checker's line number. */
  | { ok: false; field: readonly string[]; message: string };

/** The place's location, or undefined when it has neither field. */
export function locatePlace(place: PlaceFields): Location | undefined {
  if (place.iso !== undefined && place.geonames !== undefined) {
    return { ok: false, field: ['geonames'], message: 'give iso (a country or US state) or geonames (any other place), not both' };
  }
  if (place.iso !== undefined) return byIso(place.iso, place.level);
  if (place.geonames !== undefined) return byGeoNames(place.geonames, place.level);
  return undefined;
}

function byIso(code: string, level: Level | undefined): Location {
  if (level === 'country') {
    const shape = countryByCode(code);
    return shape
      ? { ok: true, map: 'world', kind: 'shape', shape }
      : { ok: false, field: ['iso'], message: `"${code}" is not a country the world map draws (write its ISO 3166-1 alpha-2 code, such as US or FR)` };
  }
  if (level === 'state') {
    if (!code.startsWith('US-')) return { ok: false, field: ['iso'], message: `"${code}": only US states are drawn as shapes; mark a state outside the US with geonames instead` };
    const shape = usStateByCode(code);
    return shape
      ? { ok: true, map: 'us', kind: 'shape', shape }
      : { ok: false, field: ['iso'], message: `"${code}" is not a US state (write its ISO 3166-2 code, such as US-IL)` };
  }
  return { ok: false, field: ['iso'], message: `is for countries and US states; mark a ${level ?? 'place'} with geonames instead` };
}

function byGeoNames(query: GeoNamesPlace, level: Level | undefined): Location {
  if (level !== 'city' && level !== 'county' && level !== 'state') {
    return { ok: false, field: ['geonames'], message: `is for cities, counties and states outside the US; a ${level ?? 'place'} without a level cannot be marked` };
  }
  if (level === 'state' && query.country === 'US') return { ok: false, field: ['geonames'], message: 'a US state is drawn as its shape: write iso (such as US-IL) instead' };
  if (level === 'county' && query.admin1 === undefined) return { ok: false, field: ['geonames'], message: 'a county needs admin1, the code of the state it is in (such as WA)' };
  const found = level === 'city' ? locateCity(query) : locateDivision(query);
  if (!found.ok) return { ok: false, field: ['geonames', 'name'], message: found.message };
  return { ok: true, map: query.country === 'US' ? 'us' : 'world', kind: 'mark', lng: found.lng, lat: found.lat };
}
