import { renderOver } from '@/components/islands/render-over';
import { inGroups, mapPlaces, PlaceLinks, PlaceRows, placeTableCaption, viewGroups } from '@/components/map/policy-map';
import type { MapLayout } from '@/lib/map/map-layout';
import { SLICE_BUDGET_MS } from '@/lib/sliced-work';
import { groupKey, type StatusDay } from '@/lib/status/status-day';
import { GROUP_CLASS, GroupBody, MatrixHead, matrixIntro, MatrixRow, StatusHeading } from './status-view';

/**
 * Draws another day over the status page's lists (components/status/status-view.tsx) in small
 * pieces, yielding to the browser between slices of about `SLICE_BUDGET_MS`, so that no task holds the
 * page for long (a phone's CPU is several times slower than a desktop's): each group's
 * `<section>`, each group of map places, each group of the map table's rows, each row of the
 * matrix is a piece of its own, drawn by Preact over the elements already there (render-over.ts),
 * which keeps them and changes only the text and attributes that differ. The heading comes last:
 * once it names the day, everything below it is that day's too.
 */
type Piece = () => void;

const part = (view: HTMLElement, name: string) => view.querySelector<HTMLElement>(`[data-status-part="${name}"]`);

/**
 * One piece per item, drawn into `parent`'s element of `tag` at the item's place (an element is
 * added when there is none there), and a last piece that removes the elements left over.
 */
function listPieces<T>(parent: Element | null | undefined, tag: string, items: readonly T[], draw: (element: Element, item: T) => void): Piece[] {
  if (!parent) return [];
  const own = () => [...parent.children].filter((child) => child.localName === tag);
  const pieces = items.map((item, index): Piece => () => {
    let element = own()[index];
    if (!element) {
      element = document.createElementNS(parent.namespaceURI, tag);
      parent.append(element);
    }
    draw(element, item);
  });
  pieces.push(() => own().slice(items.length).forEach((extra) => extra.remove()));
  return pieces;
}

function groupPieces(view: HTMLElement, day: StatusDay, open: ReadonlySet<string>): Piece[] {
  const grid = part(view, 'groups')?.querySelector('[data-testid="status-groups"]');
  return listPieces(grid, 'section', day.groups, (section, group) => {
    if (section.className !== GROUP_CLASS) section.className = GROUP_CLASS;
    section.setAttribute('aria-labelledby', `g-${group.slug}`);
    section.setAttribute('data-group', group.slug);
    renderOver(<GroupBody group={group} open={open.has(groupKey(group.slug))} interactive />, section);
  });
}

function matrixPieces(view: HTMLElement, day: StatusDay, open: ReadonlySet<string>): Piece[] {
  const matrix = part(view, 'matrix');
  const table = matrix?.querySelector('[data-testid="status-matrix"]');
  const intro = matrix?.querySelector('[data-matrix-intro]');
  return [
    () => {
      if (intro && intro.textContent !== matrixIntro(day.date)) intro.textContent = matrixIntro(day.date);
      const head = table?.querySelector('thead');
      if (head) renderOver(<MatrixHead measures={day.measures} />, head);
    },
    ...listPieces(table, 'tbody', day.rows, (body, row) => renderOver(<MatrixRow row={row} open={open} interactive />, body)),
  ];
}

/** Each view's places in groups, then the table's rows in groups; the map's places are the same every day, so their elements are too. */
function mapPieces(view: HTMLElement, day: StatusDay, layout: MapLayout): Piece[] {
  const map = part(view, 'map')?.querySelector<HTMLElement>('[data-testid="policy-map"]');
  if (!map) return [];
  const { places, drawn } = mapPlaces(layout, day.places);
  const table = map.querySelector('[data-testid="map-table"]');
  return [
    ...layout.views.flatMap((mapView) =>
      listPieces(map.querySelector(`[data-map-places="${mapView.id}"]`), 'g', viewGroups(mapView, drawn), (group, some) =>
        renderOver(<PlaceLinks view={mapView} places={some} sprite={layout.sprite} />, group),
      ),
    ),
    ...listPieces(table, 'tbody', inGroups(places), (body, rows) => renderOver(<PlaceRows places={rows} />, body)),
    () => {
      const caption = table?.querySelector('caption');
      if (caption && caption.textContent !== placeTableCaption(day.date)) caption.textContent = placeTableCaption(day.date);
      map.dataset.date = day.date;
    },
  ];
}

/** Every piece of `day`, in the order drawn: the lists below first, the heading last. */
function pieces(view: HTMLElement, day: StatusDay, layout: MapLayout, open: ReadonlySet<string>): Piece[] {
  const heading = part(view, 'heading');
  return [
    ...matrixPieces(view, day, open),
    ...groupPieces(view, day, open),
    ...mapPieces(view, day, layout),
    () => heading && renderOver(<StatusHeading day={day} />, heading),
  ];
}

/**
 * Draws a day over the view: first the steps that work it out (`steps`, a task each), then the
 * day (`dayOf`) cut into pieces, drawn a slice of pieces per task. Returns a function that stops
 * what is not yet done, for when another day comes.
 */
export function drawDay(view: HTMLElement, steps: readonly (() => void)[], dayOf: () => StatusDay, layout: MapLayout, open: ReadonlySet<string>): () => void {
  const tasks: Piece[] = [...steps, () => todo.push(...pieces(view, dayOf(), layout, open))];
  const todo: Piece[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const start = performance.now();
    // The steps and the day's cutting are a task each; the pieces share tasks of about SLICE_BUDGET_MS.
    const task = tasks.shift();
    if (task) task();
    else while (todo.length > 0 && performance.now() - start < SLICE_BUDGET_MS) todo.shift()!();
    if (tasks.length > 0 || todo.length > 0) timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
}
