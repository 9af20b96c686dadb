import { formatDate } from '@/lib/content/dates';
import { landId, placeId, type MapLayout } from '@/lib/map/map-layout';
import { LAND, labelOf, SHADES, shadeById } from '@/lib/map/shade';
import type { PlaceDay } from '@/lib/map/shade-places';
import { withBasePath } from '@/lib/site-config';
import { themedBackground, themedFill } from './shade-fill';

function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="What the shades mean" data-testid="map-legend">
      {SHADES.map((shade) => {
        const swatch = themedBackground(shade.light, shade.dark);
        return (
          <li key={shade.id} className="flex items-center gap-1.5" data-shade={shade.id}>
            <span aria-hidden="true" className={`inline-block size-3.5 rounded-sm ${swatch.className}`} style={swatch.style} />
            {shade.label}
          </li>
        );
      })}
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={`inline-block size-3.5 rounded-sm border border-slate-400 ${themedBackground(LAND.light, LAND.dark).className}`} style={themedBackground(LAND.light, LAND.dark).style} />
        No rule on record
      </li>
    </ul>
  );
}

/** How every place on a map is filled and outlined, and how a hovered or focused one stands out. */
const PLACE_STYLE = [
  '[&_a>*]:fill-(--fill-light) dark:[&_a>*]:fill-(--fill-dark)',
  '[&_a>*]:stroke-white dark:[&_a>*]:stroke-slate-950',
  '[&_a:hover>*]:stroke-slate-900 [&_a:focus-visible>*]:stroke-slate-900 dark:[&_a:hover>*]:stroke-white dark:[&_a:focus-visible>*]:stroke-white',
  '[&_a:focus-visible>*]:[stroke-width:3] [&_a]:outline-none',
].join(' ');

type Place = MapLayout['places'][number] & { day: PlaceDay; label: string };

/** The map's places and the table's rows go in groups of this many, which the status page redraws one at a time. */
const PER_GROUP = 20;

/** `items` in runs of `PER_GROUP`. */
export function inGroups<T>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += PER_GROUP) groups.push(items.slice(start, start + PER_GROUP));
  return groups;
}

/** The places one map view draws, in drawing order (the shapes, then the marks on top), in groups of `PER_GROUP`. */
export function viewGroups(view: MapLayout['views'][number], drawn: readonly Place[]): Place[][] {
  const onMap = drawn.filter((place) => place.drawn?.map === view.id);
  return inGroups([...onMap.filter((place) => place.drawn && 'shape' in place.drawn), ...onMap.filter((place) => place.drawn && 'x' in place.drawn)]);
}

/**
 * Some places of one map view, each a link. Numbers are written as the strings the build wrote
 * (`"1.5"`), so drawing another day over the build's elements finds them equal and leaves them.
 */
export function PlaceLinks({ view, places, sprite }: { view: MapLayout['views'][number]; places: readonly Place[]; sprite: string }) {
  // The fill colours travel in each link's custom properties; one set of classes on the group
  // styles every place, so a hundred places do not each repeat them.
  return (
    <>
      {places.map((place) => {
        const shade = shadeById(place.day.shade);
        const shape =
          place.drawn && 'x' in place.drawn ? (
            <circle cx={String(place.drawn.x)} cy={String(place.drawn.y)} r={view.id === 'us' ? '6' : '5'} strokeWidth="1.5" />
          ) : (
            <use href={`${withBasePath(sprite)}#${placeId(place.slug)}`} strokeWidth="1" />
          );
        return (
          <a key={place.slug} href={withBasePath(place.url)} aria-label={place.label} data-place={place.slug} data-shade={shade.id} style={themedFill(shade.light, shade.dark).style}>
            <title>{place.label}</title>
            {shape}
          </a>
        );
      })}
    </>
  );
}

/**
 * One map: the land, then the places with rules, in groups (`viewGroups`) that the status page
 * redraws one at a time for another day (`data-map-places`). The shapes are `<use>`s of the shapes
 * file, so the page carries no path data (and React's copy of the page none either).
 */
function MapSvg({ view, places, sprite }: { view: MapLayout['views'][number]; places: readonly Place[]; sprite: string }) {
  const land = themedFill(LAND.light, LAND.dark);
  return (
    <svg viewBox={`0 0 ${view.width} ${view.height}`} role="group" aria-label={view.title} className="h-auto w-full" data-map={view.id}>
      <use href={`${withBasePath(sprite)}#${landId(view.id)}`} className={`${land.className} stroke-white dark:stroke-slate-950`} style={land.style} strokeWidth={0.5} />
      <g className={PLACE_STYLE} data-map-places={view.id}>
        {viewGroups(view, places).map((group, index) => (
          <g key={index}>
            <PlaceLinks view={view} places={group} sprite={sprite} />
          </g>
        ))}
      </g>
    </svg>
  );
}

/** The table's caption. */
export const placeTableCaption = (date: string) => `Places with rules on record, on ${formatDate(date)}`;

/** Some rows of the map's table. */
export function PlaceRows({ places }: { places: readonly Place[] }) {
  return (
    <>
      {places.map((place) => (
        <tr key={place.slug} data-place={place.slug} data-shade={place.day.shade}>
          <th scope="row" className="border-b border-slate-200 p-1.5 text-left font-normal dark:border-slate-800">
            <a href={withBasePath(place.url)} className="text-accent-700 hover:underline dark:text-accent-300">
              {place.name}
            </a>
            {place.drawn ? null : <span className="text-slate-600 dark:text-slate-400"> (not drawn)</span>}
          </th>
          <td className="border-b border-slate-200 p-1.5 dark:border-slate-800">{place.day.count === 0 ? 'none in force' : shadeById(place.day.shade).word}</td>
          <td className="border-b border-slate-200 p-1.5 text-right tabular-nums dark:border-slate-800">{String(place.day.count)}</td>
        </tr>
      ))}
    </>
  );
}

/** The map as a table, its rows in groups of `PER_GROUP` (one `<tbody>` each), which the status page redraws one at a time. */
function PlaceTable({ places, date }: { places: readonly Place[]; date: string }) {
  return (
    <table className="w-full border-collapse text-sm" data-testid="map-table">
      <caption className="mb-2 text-left font-medium">{placeTableCaption(date)}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-slate-300 p-1.5 text-left dark:border-slate-700">Place</th>
          <th scope="col" className="border-b border-slate-300 p-1.5 text-left dark:border-slate-700">Strongest rule in force</th>
          <th scope="col" className="border-b border-slate-300 p-1.5 text-right dark:border-slate-700">Rules in force</th>
        </tr>
      </thead>
      {inGroups(places).map((rows, index) => (
        <tbody key={index}>
          <PlaceRows places={rows} />
        </tbody>
      ))}
    </table>
  );
}

/**
 * The places of `days` that `layout` knows, with their labels: for the table (the day's order,
 * strongest first) and for the maps (`drawn`, the layout's fixed order, so on another day each
 * element stays the same place and only its shade and name change).
 */
export function mapPlaces(layout: MapLayout, days: readonly PlaceDay[]): { places: Place[]; drawn: Place[] } {
  const bySlug = new Map(layout.places.map((place) => [place.slug, place]));
  const places = days.flatMap((day): Place[] => {
    const place = bySlug.get(day.slug);
    return place ? [{ ...place, day, label: labelOf(place.name, shadeById(day.shade), day.count) }] : [];
  });
  const daysBySlug = new Map(places.map((place) => [place.slug, place]));
  return { places, drawn: layout.places.flatMap((place) => daysBySlug.get(place.slug) ?? []) };
}

/**
 * The map of rules in force on `date`: US states and cities, the world's countries and places
 * outside the US, shaded by the strongest rule in force (`days`, from lib/map/shade-places.ts),
 * with a legend in words and, unless compact, a table of the same facts beside it. Plain markup:
 * the status page re-renders it in the browser for a new date, the home page renders it once at
 * build time.
 */
export function PolicyMap({ layout, days, date, compact = false }: { layout: MapLayout; days: readonly PlaceDay[]; date: string; compact?: boolean }) {
  const { places, drawn } = mapPlaces(layout, days);
  const maps = (
    <div className={compact ? 'grid gap-4 sm:grid-cols-2' : 'space-y-6'}>
      {layout.views.map((view) => (
        <figure key={view.id}>
          <MapSvg view={view} places={drawn} sprite={layout.sprite} />
          <figcaption className="mt-1 text-sm text-slate-600 dark:text-slate-400">{view.title}</figcaption>
        </figure>
      ))}
    </div>
  );
  return (
    <div data-testid="policy-map" data-date={date}>
      <Legend />
      {compact ? (
        <div className="mt-4">{maps}</div>
      ) : (
        <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          {maps}
          {/* Laid out only near the screen (see components/status/status-view.tsx); a long table fills its 48rem. */}
          <div className="max-h-[48rem] overflow-y-auto [content-visibility:auto] [contain-intrinsic-block-size:auto_48rem]" tabIndex={0} role="region" aria-label="The map as a table">
            <PlaceTable places={places} date={date} />
          </div>
        </div>
      )}
    </div>
  );
}
