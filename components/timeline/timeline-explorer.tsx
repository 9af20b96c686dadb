import { SiteLink } from '../site-link';
import { useEffect, useMemo } from 'react';
import { emptyFilters, hasFilters } from '@/lib/filters/filter-model';
import { serializeFilters } from '@/lib/filters/url-filters';
import { withBasePath } from '@/lib/site-config';
import type { TimelineRow } from '@/lib/timeline/timeline-data';
import { countByYear, type YearCount } from '@/lib/timeline/year-bars';
import { yearPagePath } from '@/lib/timeline/year-pages';
import { FILTER_FORM_ID } from './timeline-filters';
import { MatchStatus } from './match-status';
import { TimelineList } from './timeline-list';
import { TimelineYears } from './timeline-years';
import { useDrawnCount } from './use-drawn-count';
import { useFilterForm } from './use-filter-form';
import { useServerList } from './use-server-list';
import { useTimelineMatches } from './use-timeline-matches';
import { useUrlFilters } from './use-url-filters';

const NO_ROWS: readonly TimelineRow[] = [];

export interface TimelineExplorerProps {
  counts: readonly YearCount[];
  total: number;
  /** The id of the latest entries' list, drawn on the server after the island (components/timeline/timeline-page.tsx). */
  latestId: string;
}

/**
 * The timeline's landing page, interactive (an island): filters in the URL (set from the filter
 * form before the island, plain HTML: use-filter-form.ts), the overview by year
 * and, with a filter, every matching entry from every year, from the timeline's data files, in
 * place of the latest entries (element `latestId`, plain HTML outside the island).
 */
export function TimelineExplorer({ counts, total, latestId }: TimelineExplorerProps) {
  const { filters, ignored, update, addressRead } = useUrlFilters();
  const matches = useTimelineMatches(filters);
  const filtered = hasFilters(filters);
  const query = serializeFilters(filters);
  // Not before the address is read: the page hid the latest entries already if it holds a filter (timeline-page.tsx).
  useServerList(latestId, addressRead ? !filtered : undefined);
  useFilterForm(FILTER_FORM_ID, filters, update);

  const ready = filtered && matches.state === 'ready';
  const rows = ready ? matches.rows : NO_ROWS;
  // Many matches are drawn in slices (the first screen first); the count line says how many match once all are there.
  const drawn = useDrawnCount(rows);
  const allDrawn = drawn >= rows.length;
  // The overview is drawn again only when what it shows changes.
  const shownCounts = useMemo(() => (ready ? countByYear(matches.facts, counts.map((count) => count.year)) : counts), [ready, matches, counts]);
  // The axis has every year; only years with entries have a page.
  const withPages = counts.filter((count) => Object.values(count.byKind).some((n) => n > 0)).map((count) => count.year);

  // Old links to a year on the single-page timeline (`/timeline/#y2020`) open that year's page.
  useEffect(() => {
    const year = /^#y(\d{4})$/.exec(window.location.hash)?.[1];
    if (year && counts.some((count) => count.year === Number(year) && Object.values(count.byKind).some((n) => n > 0))) window.location.replace(withBasePath(yearPagePath(year, 1, window.location.search.slice(1))));
  }, [counts]);

  return (
    <>
      <MatchStatus
        line={
          !filtered
            ? `All ${total} entries`
            : matches.state === 'ready' && allDrawn
              ? `${matches.facts.length} of ${matches.total} entries match`
              : matches.state === 'error'
                ? `The matching entries could not be loaded (${matches.message}); the year pages list every entry.`
                : 'Finding the matching entries…'
        }
        onClear={filtered ? () => update(emptyFilters()) : undefined}
        ignored={ignored}
      />
      <TimelineYears counts={shownCounts} query={filtered ? query : ''} matching={ready} />
      <nav aria-label="Year pages" className="mt-3 flex flex-wrap gap-1 text-sm">
        <span className="py-0.5 pr-1 text-slate-600 dark:text-slate-400">Year pages:</span>
        {withPages.map((year) => (
          <SiteLink key={year} href={yearPagePath(year, 1, filtered ? query : '')} className="rounded px-2 py-0.5 text-accent-700 hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800">
            {year}
          </SiteLink>
        ))}
      </nav>
      {!filtered || matches.state !== 'ready' ? null : matches.rows.length === 0 ? (
        <p className="mt-6">No entries match these filters.</p>
      ) : (
        <TimelineList items={matches.rows} byYear query={query} drawn={drawn} />
      )}
    </>
  );
}
