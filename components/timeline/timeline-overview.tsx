'use client';

import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { formatDate } from '@/lib/content/dates';
import { kindLabel } from '@/lib/content/labels';
import { KINDS } from '@/lib/content/vocab';
import { withBasePath } from '@/lib/site-config';
import type { TimelineItem } from '@/lib/timeline/items';
import { layoutOverview, OVERVIEW } from '@/lib/timeline/overview-layout';

export interface Lane {
  key: string;
  label: string;
}

/** A kind's mark colour in the current theme (custom properties in app/globals.css). */
const markColour = (kind: string) => `var(--kind-${kind}-mark)`;

/**
 * The chart's width in pixels once it is on screen, following the window. Before that (the
 * static page, and before hydration) the layout's own width, scaled to fit.
 */
function useWidth(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState<number>(OVERVIEW.width);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * One mark per entry on a years axis, one lane per kind or per chosen actor, with lines between
 * related entries. A mark names its entry on hover and on keyboard focus, and opens it on click
 * or Enter (each mark is a link). The chart is drawn at the width it shows at, so its words stay
 * readable on a phone; a key under it gives each colour its kind's word.
 */
export function TimelineOverview({ items, lanes, laneOf }: { items: readonly TimelineItem[]; lanes: readonly Lane[]; laneOf: (item: TimelineItem) => string[] }) {
  const [active, setActive] = useState<string | undefined>(undefined);
  const [figure, width] = useWidth();
  const layout = useMemo(
    () =>
      layoutOverview(
        items.map((item) => ({ slug: item.slug, date: item.date, lanes: laneOf(item), related: item.related.map((r) => r.slug) })),
        lanes.map((lane) => lane.key),
        width,
      ),
    [items, lanes, laneOf, width],
  );
  const bySlug = useMemo(() => new Map(items.map((item) => [item.slug, item])), [items]);
  const activeMark = layout.marks.find((mark) => mark.slug === active);
  const activeItem = active ? bySlug.get(active) : undefined;
  const kindsShown = KINDS.values.filter((kind) => items.some((item) => item.kind === kind));
  // The tooltip opens towards the middle of the chart, so it never runs off its edge.
  const tooltipSide = activeMark && activeMark.x > layout.width / 2 ? 'right' : 'left';

  return (
    <figure ref={figure} className="relative mt-6 rounded-lg border border-slate-200 dark:border-slate-800">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="block h-auto w-full text-slate-600 dark:text-slate-400"
        role="group"
        aria-label={`Overview: ${items.length} entries by year`}
      >
        {layout.years.map(({ year, x, labelled }) => (
          <g key={year}>
            <line x1={x} x2={x} y1={18} y2={layout.height} stroke="currentColor" strokeOpacity={0.18} />
            {labelled ? (
              <text x={x + 3} y={14} fontSize={11} fill="currentColor">
                {year}
              </text>
            ) : null}
          </g>
        ))}
        {layout.lanes.map((lane) => (
          <g key={lane.key}>
            <line x1={0} x2={layout.width} y1={lane.y} y2={lane.y} stroke="currentColor" strokeOpacity={0.25} />
            <text x={lane.labelX} y={lane.labelY} fontSize={12} fill="currentColor">
              {lanes.find((l) => l.key === lane.key)?.label}
            </text>
          </g>
        ))}
        <g stroke="currentColor" strokeOpacity={0.35} fill="none" aria-hidden="true">
          {layout.links.map((link, i) => (
            <line key={i} x1={link.from.x} y1={link.from.y} x2={link.to.x} y2={link.to.y} />
          ))}
        </g>
        {layout.marks.map((mark) => {
          const item = bySlug.get(mark.slug)!;
          return (
            <a
              key={`${mark.lane}-${mark.slug}`}
              href={withBasePath(item.url)}
              aria-label={`${item.title} (${kindLabel(item.kind)}, ${formatDate(item.date, item.datePrecision)})`}
              data-slug={item.slug}
              data-kind={item.kind}
              onMouseEnter={() => setActive(item.slug)}
              onMouseLeave={() => setActive(undefined)}
              onFocus={() => setActive(item.slug)}
              onBlur={() => setActive(undefined)}
              className="outline-none"
            >
              <title>{item.title}</title>
              <circle
                cx={mark.x}
                cy={mark.y}
                r={active === item.slug ? OVERVIEW.radius + 2 : OVERVIEW.radius}
                fill={markColour(item.kind)}
                stroke={active === item.slug ? 'currentColor' : 'var(--page-background)'}
                strokeWidth={active === item.slug ? 2 : 1}
              />
            </a>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-200 px-3 py-2 text-xs text-slate-700 dark:border-slate-800 dark:text-slate-300" data-testid="overview-key">
        {kindsShown.map((kind) => (
          <span key={kind} className="inline-flex items-center gap-1.5" data-kind={kind}>
            <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
              <circle cx="5" cy="5" r="5" fill={markColour(kind)} />
            </svg>
            {kindLabel(kind)}
          </span>
        ))}
      </figcaption>
      {activeItem && activeMark ? (
        <div
          role="tooltip"
          className="pointer-events-none absolute z-10 max-w-[min(20rem,80vw)] rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
          style={{
            [tooltipSide]: `${((tooltipSide === 'left' ? activeMark.x : layout.width - activeMark.x) / layout.width) * 100}%`,
            // The key sits under the chart, so the height is measured in the chart's own units.
            top: `${(activeMark.y + 10) * (width / layout.width)}px`,
          }}
        >
          {formatDate(activeItem.date, activeItem.datePrecision)}, {kindLabel(activeItem.kind)}: {activeItem.title}
        </div>
      ) : null}
    </figure>
  );
}
