/**
 * What the pages hand to the map components: the two base maps as path data, and each place with
 * rules, its rules' slugs and how it is drawn. Built once per build from the collection.
 */
import type { Collection } from '../content/collection';
import type { Entity } from '../content/model';
import { ancestorsOf } from '../content/places';
import { stanceRules } from '../policy/stance';
import type { MapId } from './atlas';
import { locatePlace } from './locate';
import { basePath, draw, MAP_SIZE, type Detail, type Drawn } from './render';

export interface MapView {
  id: MapId;
  /** The map's name, as its title and in the table. */
  title: string;
  width: number;
  height: number;
  /** Every shape of the map as one path: the land under the places. */
  base: string;
}

export interface MapPlace {
  slug: string;
  name: string;
  url: string;
  /** The slugs of the rules its entity page counts as its own (`stanceRules`). */
  rules: string[];
  /** How the place is drawn; undefined for a place no map draws (a union of countries). */
  drawn?: Drawn;
}

export interface PolicyMapData {
  views: MapView[];
  places: MapPlace[];
}

const TITLES: Record<MapId, string> = { us: 'United States: states and cities', world: 'The world: countries and places outside the US' };

const views = new Map<string, MapView[]>();

/** The levels of detail the maps are drawn in. */
export const DETAILS: readonly Detail[] = ['full', 'small'];

/** Both maps' base layers, without the shapes in `omit`; projected once per build. */
function mapViews(detail: Detail, omit: ReadonlySet<string> = new Set()): MapView[] {
  const key = `${detail}:${[...omit].sort().join()}`;
  let made = views.get(key);
  if (!made) {
    made = (['us', 'world'] as const).map((id) => ({ id, title: TITLES[id], ...MAP_SIZE[id], base: basePath(id, detail, omit) }));
    views.set(key, made);
  }
  return made;
}

/** Where an entity is; throws with the file's name when its fields do not place it (the checker says so first). */
function located(entity: Entity) {
  const location = locatePlace(entity);
  if (location === undefined) return undefined;
  if (!location.ok) throw new Error(`${entity.sourceFile}: ${location.field.join('.')}: ${location.message}`);
  return location;
}

/**
 * Every place with a rule on record, by name, with how it is drawn: in `full` detail for the
 * status page, `small` for the home page's half-width copy.
 */
export function policyMapData(collection: Collection, detail: Detail = 'full'): PolicyMapData {
  const shapes = new Set<string>();
  const places = collection.entities
    .filter((entity) => entity.category === 'jurisdiction')
    .flatMap((entity): MapPlace[] => {
      const rules = stanceRules(collection, entity).map((entry) => entry.slug);
      if (rules.length === 0) return [];
      const location = located(entity);
      if (location?.kind === 'shape') shapes.add(location.shape.id);
      const drawn = location ? draw(location, detail) : undefined;
      return [{ slug: entity.slug, name: entity.name, url: entity.url, rules, ...(drawn ? { drawn } : {}) }];
    });
  // US state ids (FIPS, two digits) and country ids (ISO numbers, three digits) never collide.
  return { views: mapViews(detail, shapes), places };
}

export interface Locator {
  view: MapView;
  /** The place shown: the entity itself, or the nearest place containing it that a map draws. */
  place: { slug: string; name: string; drawn: Drawn };
}

/** The small map on a place's page; undefined when neither it nor a place containing it is drawn. */
export function locatorOf(collection: Collection, entity: Entity): Locator | undefined {
  const chain = [entity.slug, ...ancestorsOf(entity.slug, (slug) => collection.getEntity(slug)?.parent)];
  for (const slug of chain) {
    const place = collection.getEntity(slug);
    const location = place ? located(place) : undefined;
    const drawn = location ? draw(location, 'small') : undefined;
    if (place && drawn) return { view: mapViews('small').find((view) => view.id === drawn.map)!, place: { slug: place.slug, name: place.name, drawn } };
  }
  return undefined;
}

