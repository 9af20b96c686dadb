import type { Locator } from '@/lib/map/map-data';
import { LAND } from '@/lib/map/shade';
import { themedFill } from './shade-fill';

/** Where a place is: a small map with the place (or the nearest place containing it) picked out. */
export function PlaceLocator({ locator, placeName }: { locator: Locator; placeName: string }) {
  const { view, place } = locator;
  const land = themedFill(LAND.light, LAND.dark);
  const mark = 'fill-accent-700 stroke-white dark:fill-accent-300 dark:stroke-slate-950';
  const where = place.name === placeName ? `${placeName} on a map of ${view.id === 'us' ? 'the United States' : 'the world'}` : `${placeName} is in ${place.name}, shown on a map of ${view.id === 'us' ? 'the United States' : 'the world'}`;
  return (
    <figure className="mt-6 max-w-sm" data-testid="locator">
      <svg viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-label={where} className="h-auto w-full" data-map={view.id} data-place={place.slug}>
        <path d={view.base} className={`${land.className} stroke-white dark:stroke-slate-950`} style={land.style} strokeWidth={0.5} />
        {'d' in place.drawn ? <path d={place.drawn.d} className={mark} strokeWidth={1} /> : <circle cx={place.drawn.x} cy={place.drawn.y} r={view.id === 'us' ? 18 : 14} className={mark} strokeWidth={4} />}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600 dark:text-slate-400">{where}</figcaption>
    </figure>
  );
}
