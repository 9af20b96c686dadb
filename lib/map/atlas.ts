/**
 * The shapes the maps draw: US states from `us-atlas` (Census Bureau boundaries, 1:10m) and the
 * world's countries from `world-atlas` (Natural Earth, 1:110m), read as TopoJSON and turned into
 * GeoJSON features with `topojson-client`. Which shape an ISO code names is worked out from data:
 * a US state by its GeoNames division name, a country by where its GeoNames cities lie.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { geoBounds, geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadGazetteer } from './geonames';
import { readPackageJson } from './node-data';

export type MapId = 'us' | 'world';

export interface Shape {
  /** The atlas's own id: a state's FIPS code, a country's ISO 3166-1 numeric code (or `name:<name>` where it has none). */
  id: string;
  name: string;
  feature: Feature<Geometry>;
}

export interface Atlas {
  shapes: Shape[];
  /** The outline of everything drawn, for a background layer. */
  borders: MultiLineString;
}

/** A TopoJSON file as the atlases ship it: a topology with one named collection of shapes. */
function isTopology(value: unknown, object: string): value is Topology<Record<string, GeometryCollection<{ name: string }>>> {
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'Topology' || !('objects' in value)) return false;
  const objects = value.objects;
  return typeof objects === 'object' && objects !== null && object in objects;
}

function readAtlas(file: string, object: string, skip: ReadonlySet<string> = new Set()): Atlas {
  const topology = readPackageJson(file);
  if (!isTopology(topology, object)) throw new Error(`${file} is not a TopoJSON topology with "${object}"`);
  const collection = topology.objects[object]!;
  const kept = { ...collection, geometries: collection.geometries.filter((geometry) => !skip.has(String(geometry.id))) };
  const features = feature(topology, kept) as FeatureCollection<Geometry, { name: string }>;
  return {
    // A few shapes (Kosovo, Somaliland, Northern Cyprus) have no ISO number: their name stands in.
    shapes: features.features.map((shape, i) => ({ id: String(kept.geometries[i]!.id ?? `name:${shape.properties.name}`), name: shape.properties.name, feature: shape })),
    borders: mesh(topology, kept),
  };
}

const atlases = new Map<MapId | 'world-fine', Atlas>();

/** US states and DC (territories other than the 50 states and DC are left out: the inset projection has no room for them). */
const US_OUTSIDE = new Set(['60', '66', '69', '72', '78']);
/** Antarctica (ISO 010): no rule in the record binds there, and it would take a third of the map. */
const WORLD_OUTSIDE = new Set(['010']);

const ATLAS_FILES = {
  us: ['us-atlas/states-10m.json', 'states', US_OUTSIDE],
  world: ['world-atlas/countries-110m.json', 'countries', WORLD_OUTSIDE],
  /** Finer country shapes, only to tell which country a code names (small countries vanish at 1:110m). */
  'world-fine': ['world-atlas/countries-50m.json', 'countries', WORLD_OUTSIDE],
} as const;

export function atlasOf(map: MapId | 'world-fine'): Atlas {
  let atlas = atlases.get(map);
  if (!atlas) {
    const [file, object, skip] = ATLAS_FILES[map];
    atlas = readAtlas(file, object, skip);
    atlases.set(map, atlas);
  }
  return atlas;
}

/** The US state an ISO 3166-2 code such as `US-IL` names, through its GeoNames division name. */
export function usStateByCode(code: string): Shape | undefined {
  const match = /^US-([A-Z]{2})$/.exec(code);
  if (!match) return undefined;
  const name = loadGazetteer().divisions.get(`US.${match[1]}`);
  return name === undefined ? undefined : atlasOf('us').shapes.find((shape) => shape.name === name);
}

const countryShapes = new Map<string, Shape | undefined>();
let fineBounds: { shape: Shape; bounds: [[number, number], [number, number]] }[] | undefined;

/**
 * The country an ISO 3166-1 alpha-2 code names, as drawn on the world map. The world atlas knows
 * countries by numeric code and name only, so the shape is the one that holds most of the code's
 * GeoNames cities (a sample spread through the list) at 1:50m: no hand-kept table of codes.
 * Undefined when no shape holds most of them, or the country is too small to draw at 1:110m.
 */
export function countryByCode(code: string): Shape | undefined {
  if (countryShapes.has(code)) return countryShapes.get(code);
  const cities = /^[A-Z]{2}$/.test(code) ? (loadGazetteer().citiesByCountry.get(code) ?? []) : [];
  const step = Math.max(1, Math.floor(cities.length / 30));
  const sample = cities.filter((_, i) => i % step === 0);
  fineBounds ??= atlasOf('world-fine').shapes.map((shape) => ({ shape, bounds: geoBounds(shape.feature) }));
  const shapes = fineBounds;
  const votes = new Map<Shape, number>();
  for (const city of sample) {
    const point: [number, number] = [city.lng, city.lat];
    const holder = shapes.find(
      ({ shape, bounds: [[west, south], [east, north]] }) =>
        city.lat >= south && city.lat <= north && (west <= east ? city.lng >= west && city.lng <= east : city.lng >= west || city.lng <= east) && geoContains(shape.feature, point),
    );
    if (holder) votes.set(holder.shape, (votes.get(holder.shape) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  // Most of a country's cities must fall in the shape: a coastal scatter into a neighbour is not a match.
  const fine = best && best[1] * 2 >= sample.length ? best[0] : undefined;
  const shape = fine && atlasOf('world').shapes.find((drawn) => drawn.id === fine.id);
  countryShapes.set(code, shape);
  return shape;
}
