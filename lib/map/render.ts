/**
 * The maps as SVG path data, computed at build time in Node: shapes projected with d3-geo (Albers
 * with Alaska and Hawaii insets for the US, Equal Earth for the world), thinned to about a pixel
 * and written with one decimal, so the page carries plain paths and no geometry library.
 */
import type { FeatureCollection } from 'geojson';
import { geoAlbersUsa, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import { atlasOf, type MapId } from './atlas';
import type { Location } from './locate';
import { PathWriter } from './path-writer';

/** Map sizes in SVG units (the viewBox); the page scales them to its width. */
export const MAP_SIZE: Record<MapId, { width: number; height: number }> = {
  us: { width: 960, height: 600 },
  world: { width: 960, height: 470 },
};

/**
 * How much detail a map keeps: points closer than this (in viewBox units) to the last one kept
 * are dropped. `full` is about two pixels at the status page's width; `small` suits the home
 * page's half-width maps and the locators, and halves their size.
 */
export const DETAIL = { full: 2, small: 4 } as const;
export type Detail = keyof typeof DETAIL;

const projections = new Map<MapId, GeoProjection>();

function projectionOf(map: MapId): GeoProjection {
  let projection = projections.get(map);
  if (!projection) {
    const { width, height } = MAP_SIZE[map];
    const everything: FeatureCollection = { type: 'FeatureCollection', features: atlasOf(map).shapes.map((shape) => shape.feature) };
    projection = (map === 'us' ? geoAlbersUsa() : geoEqualEarth()).fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      everything,
    );
    projections.set(map, projection);
  }
  return projection;
}

/** A stream step that drops a point within `tolerance` of the last point kept on its line. */
function thinned(out: GeoStream, tolerance: number): GeoStream {
  let last: [number, number] | undefined;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < tolerance) return;
      last = [x, y];
      out.point(x, y);
    },
    lineStart() {
      last = undefined;
      out.lineStart();
    },
    lineEnd: () => out.lineEnd(),
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/** A function from a shape to its path data on `map`. */
function pathOf(map: MapId, detail: Detail): (shape: GeoPermissibleObjects) => string {
  const projection = projectionOf(map);
  const writer = new PathWriter();
  const path = geoPath({ stream: (out) => projection.stream(thinned(out, DETAIL[detail])) }, writer);
  return (shape) => {
    path(shape);
    return writer.take();
  };
}

/**
 * Every shape of a map as one path: the land under the places with rules. Shapes listed in
 * `omit` are left out, since the places drawn over them would only cover them.
 */
export function basePath(map: MapId, detail: Detail, omit: ReadonlySet<string> = new Set()): string {
  const path = pathOf(map, detail);
  return atlasOf(map)
    .shapes.filter((shape) => !omit.has(shape.id))
    .map((shape) => path(shape.feature))
    .join('');
}

/** How a located place is drawn: a path for a shape, a point for a mark. */
export type Drawn = { map: MapId; d: string } | { map: MapId; x: number; y: number };

export function draw(location: Extract<Location, { ok: true }>, detail: Detail): Drawn | undefined {
  if (location.kind === 'shape') {
    const d = pathOf(location.map, detail)(location.shape.feature);
    return d ? { map: location.map, d } : undefined;
  }
  const point = projectionOf(location.map)([location.lng, location.lat]);
  if (!point) return undefined;
  return { map: location.map, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 };
}
