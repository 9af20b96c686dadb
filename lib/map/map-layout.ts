/**
 * The maps as a page carries them: sizes, places and how each is drawn, with the shapes' path
 * data moved out to a static SVG file per detail (`/map-data/full.svg`) that the page draws with
 * `<use href="…#id">`. No geometry here, so the browser can import it.
 */
import type { MapId } from './atlas';
import type { MapView, PolicyMapData } from './map-data';
import type { Detail } from './render';

/** Where the map's shapes are, as static SVG files: one per detail, fetched by `<use>` on the page. */
export const MAP_DATA_PATH = '/map-data';

/** A drawn place as a page carries it: a mark's position, or only the map its shape is on (the shape is in the file). */
export type DrawnRef = { map: MapId; shape: true } | { map: MapId; x: number; y: number };

/**
 * What a page needs to draw the maps without their shapes: the views' sizes, each place's name,
 * page and how it is drawn, and the file the shapes are in. Small enough to re-render in the
 * browser; the path data travels once, in the file, and is cached across pages.
 */
export interface MapLayout {
  /** The shapes file, a path on this site (`/map-data/full.svg`). */
  sprite: string;
  views: Omit<MapView, 'base'>[];
  places: { slug: string; name: string; url: string; drawn?: DrawnRef }[];
}

/** The id of a shape in the shapes file. */
export const landId = (map: MapId) => `land-${map}`;
export const placeId = (slug: string) => `place-${slug}`;

export function mapLayout(data: PolicyMapData, detail: Detail): MapLayout {
  return {
    sprite: `${MAP_DATA_PATH}/${detail}.svg`,
    views: data.views.map(({ id, title, width, height }) => ({ id, title, width, height })),
    places: data.places.map(({ slug, name, url, drawn }) => ({
      slug,
      name,
      url,
      ...(drawn ? { drawn: 'd' in drawn ? { map: drawn.map, shape: true as const } : { map: drawn.map, x: drawn.x, y: drawn.y } } : {}),
    })),
  };
}

/** The shapes file: each map's land and each place's shape, by id, for `<use href="…#id">`. */
export function mapSprite(data: PolicyMapData): string {
  const paths = [
    ...data.views.map((view) => `<path id="${landId(view.id)}" d="${view.base}"/>`),
    ...data.places.flatMap((place) => (place.drawn && 'd' in place.drawn ? [`<path id="${placeId(place.slug)}" d="${place.drawn.d}"/>`] : [])),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg"><defs>${paths.join('')}</defs></svg>\n`;
}
