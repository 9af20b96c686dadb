import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { kindLabel } from '@/lib/content/labels';
import { KINDS } from '@/lib/content/vocab';
import { withBasePath } from '@/lib/site-config';
import { BARS, layoutBars, type YearCount } from '@/lib/timeline/year-bars';
import { yearPagePath } from '@/lib/timeline/year-pages';

/** A kind's colour in the current theme (custom properties in app/globals.css). */
const markColour = (kind: string) => `var(--kind-${kind}-mark)`;

/** The chart's width in pixels once on screen, following the window; before that, the layout's own. */
function useWidth(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState<number>(BARS.width);
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

const entriesWord = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/**
 * The overview: a bar per year, its height the year's entries (or those matching the filters),
 * coloured by kind. Each bar is a link to the year's page, keeping the filters (`query`); a key
 * under the chart gives each colour its kind's word. Drawn again only when its props change (a
 * list of matches drawn in slices leaves it be).
 */
export const TimelineYears = memo(function TimelineYears({ counts, query, matching }: { counts: readonly YearCount[]; query: string; matching: boolean }) {
  const [figure, width] = useWidth();
  const layout = layoutBars(counts, KINDS.values, width);
  const kindsShown = KINDS.values.filter((kind) => counts.some((count) => (count.byKind[kind] ?? 0) > 0));
  const total = layout.bars.reduce((sum, bar) => sum + bar.count, 0);

  return (
    <figure ref={figure} className="mt-6 rounded-lg border border-slate-200 dark:border-slate-800" data-testid="overview">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="block h-auto w-full text-slate-600 dark:text-slate-400"
        role="group"
        aria-label={`Overview: ${entriesWord(total)}${matching ? ' matching' : ''} by year; each year opens its page`}
      >
        <line x1={0} x2={layout.width} y1={layout.baseline} y2={layout.baseline} stroke="currentColor" strokeOpacity={0.35} />
        {layout.bars.map((bar) => (
          <g key={bar.year}>
            {bar.labelled ? (
              <text x={bar.x + bar.width / 2} y={layout.height - 6} fontSize={11} fill="currentColor" textAnchor="middle">
                {bar.year}
              </text>
            ) : null}
            {bar.count > 0 ? (
              <a href={withBasePath(yearPagePath(bar.year, 1, query))} aria-label={`${bar.year}: ${entriesWord(bar.count)}${matching ? ' matching' : ''}`} data-year={bar.year}>
                <title>{`${bar.year}: ${entriesWord(bar.count)}`}</title>
                {/* The whole column is the link's target, so a short bar is easy to hit. */}
                <rect x={bar.x} y={BARS.top} width={bar.width} height={layout.baseline - BARS.top} fill="transparent" />
                {bar.segments.map((segment) => (
                  <rect key={segment.kind} x={bar.x} y={segment.y} width={bar.width} height={segment.height} fill={markColour(segment.kind)} />
                ))}
              </a>
            ) : null}
          </g>
        ))}
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
    </figure>
  );
});
