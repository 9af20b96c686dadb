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

/** Points closer than this to the last one kept are dropped: detail finer than a pixel at full width. */
const THIN = 2;

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

/** A stream step that drops a point within THIN pixels of the last point kept on its line. */
function thinned(out: GeoStream): GeoStream {
  let last: [number, number] | undefined;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < THIN) return;
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
function pathOf(map: MapId): (shape: GeoPermissibleObjects) => string {
  const projection = projectionOf(map);
  const writer = new PathWriter();
  const path = geoPath({ stream: (out) => projection.stream(thinned(out)) }, writer);
  return (shape) => {
    path(shape);
    return writer.take();
  };
}

/** Every shape of a map as one path: the land drawn under the places with rules. */
export function basePath(map: MapId): string {
  const path = pathOf(map);
  return atlasOf(map)
    .shapes.map((shape) => path(shape.feature))
    .join('');
}

/** How a located place is drawn: a path for a shape, a point for a mark. */
export type Drawn = { map: MapId; d: string } | { map: MapId; x: number; y: number };

export function draw(location: Extract<Location, { ok: true }>): Drawn | undefined {
  if (location.kind === 'shape') {
    const d = pathOf(location.map)(location.shape.feature);
    return d ? { map: location.map, d } : undefined;
  }
  const point = projectionOf(location.map)([location.lng, location.lat]);
  if (!point) return undefined;
  return { map: location.map, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 };
}
