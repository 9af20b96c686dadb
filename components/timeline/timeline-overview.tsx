'use client';

import { useMemo, useState } from 'react';
import { formatDate } from '@/lib/content/dates';
import { withBasePath } from '@/lib/site-config';
import type { TimelineItem } from '@/lib/timeline/items';
import { layoutOverview, OVERVIEW } from '@/lib/timeline/overview-layout';

const KIND_COLOURS: Record<string, string> = {
  corporate: '#d97706',
  legislation: '#0284c7',
  advocacy: '#e11d48',
  research: '#7c3aed',
  legal: '#059669',
};

export interface Lane {
  key: string;
  label: string;
}

/**
 * One mark per entry on a years axis, one lane per kind or per chosen actor, with lines between
 * related entries. A mark names its entry on hover and on keyboard focus, and opens it on click
 * or Enter (each mark is a link).
 */
export function TimelineOverview({ items, lanes, laneOf }: { items: readonly TimelineItem[]; lanes: readonly Lane[]; laneOf: (item: TimelineItem) => string[] }) {
  const [active, setActive] = useState<string | undefined>(undefined);
  const layout = useMemo(
    () => layoutOverview(items.map((item) => ({ slug: item.slug, date: item.date, lanes: laneOf(item), related: item.related.map((r) => r.slug) })), lanes.map((lane) => lane.key)),
    [items, lanes, laneOf],
  );
  const bySlug = useMemo(() => new Map(items.map((item) => [item.slug, item])), [items]);
  const activeMark = layout.marks.find((mark) => mark.slug === active);
  const activeItem = active ? bySlug.get(active) : undefined;

  return (
    <figure className="relative mt-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="block h-auto w-full min-w-[720px] text-slate-500 dark:text-slate-400"
        role="group"
        aria-label={`Overview: ${items.length} entries by year`}
      >
        {layout.years.map(({ year, x }) => (
          <g key={year}>
            <line x1={x} x2={x} y1={18} y2={layout.height} stroke="currentColor" strokeOpacity={0.18} />
            <text x={x + 3} y={14} fontSize={11} fill="currentColor">
              {year}
            </text>
          </g>
        ))}
        {layout.lanes.map((lane) => (
          <g key={lane.key}>
            <line x1={0} x2={layout.width} y1={lane.y} y2={lane.y} stroke="currentColor" strokeOpacity={0.25} />
            <text x={6} y={lane.y + 18} fontSize={12} fill="currentColor">
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
              aria-label={`${item.title} (${formatDate(item.date, item.datePrecision)})`}
              data-slug={item.slug}
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
                fill={KIND_COLOURS[item.kind]}
                stroke={active === item.slug ? 'currentColor' : 'white'}
                strokeWidth={active === item.slug ? 2 : 1}
              />
            </a>
          );
        })}
      </svg>
      {activeItem && activeMark ? (
        <figcaption
          role="tooltip"
          className="pointer-events-none absolute z-10 max-w-xs rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
          style={{ left: `${(activeMark.x / layout.width) * 100}%`, top: `${((activeMark.y + 10) / layout.height) * 100}%` }}
        >
          {formatDate(activeItem.date, activeItem.datePrecision)}: {activeItem.title}
        </figcaption>
      ) : null}
    </figure>
  );
}
