import { SiteLink } from '../site-link';
import { emptyFilters, hasFilters } from '@/lib/filters/filter-model';
import { serializeFilters } from '@/lib/filters/url-filters';
import { yearPagePath } from '@/lib/timeline/year-pages';
import { MatchStatus } from './match-status';
import { TimelineList } from './timeline-list';
import { useServerList } from './use-server-list';
import { useTimelineMatches } from './use-timeline-matches';
import { useUrlFilters } from './use-url-filters';

const link = 'rounded px-2 py-0.5 text-accent-700 hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800';
const current = `${link} aria-[current=page]:font-semibold aria-[current=page]:underline`;

export interface YearPagerProps {
  year: string;
  /** Every year that has entries, and its number of pages. */
  years: readonly { year: string; pages: number }[];
  page: number;
}

export interface YearViewProps extends YearPagerProps {
  /** This year's entries, on all its pages. */
  yearTotal: number;
  /** The id of this page's list of entries, drawn on the server after the island (components/timeline/year-page.tsx). */
  listId: string;
}

/** The query string of the filters in the address, for the links to other years ('' with none). */
function useFilterQuery() {
  const url = useUrlFilters();
  const filtered = hasFilters(url.filters);
  return { ...url, filtered, query: filtered ? serializeFilters(url.filters) : '' };
}

/**
 * A year page's top, interactive (an island): links to the other years keep the filters in the
 * address; with a filter, the year's matching entries (from all its pages) replace the page's
 * list (element `listId`, plain HTML outside the island).
 */
export function YearView({ year, years, page, yearTotal, listId }: YearViewProps) {
  const { filters, ignored, update, filtered, query } = useFilterQuery();
  const matches = useTimelineMatches(filters, year);
  const pages = years.find((y) => y.year === year)?.pages ?? 1;
  useServerList(listId, !filtered);

  return (
    <>
      <nav aria-label="Years" className="mt-4 flex flex-wrap gap-1 text-sm">
        <SiteLink href={`/timeline/${query ? `?${query}` : ''}`} className={link}>
          All years
        </SiteLink>
        {years.map((y) => (
          <SiteLink key={y.year} href={yearPagePath(y.year, 1, query)} aria-current={y.year === year ? 'page' : undefined} className={current}>
            {y.year}
          </SiteLink>
        ))}
      </nav>
      <MatchStatus
        line={
          !filtered
            ? `${yearTotal} ${yearTotal === 1 ? 'entry' : 'entries'} in ${year}${pages > 1 ? `, page ${page} of ${pages}` : ''}`
            : matches.state === 'ready'
              ? `${matches.rows.length} of ${matches.total} entries in ${year} match`
              : matches.state === 'error'
                ? `The matching entries could not be loaded (${matches.message}).`
                : 'Finding the matching entries…'
        }
        onClear={filtered ? () => update(emptyFilters()) : undefined}
        ignored={ignored}
      >
        {' · '}
        <SiteLink href={`/timeline/?${query}`} className="text-accent-700 underline dark:text-accent-300">
          Every year with these filters
        </SiteLink>
      </MatchStatus>
      {!filtered || matches.state !== 'ready' ? null : matches.rows.length === 0 ? <p className="mt-6">No entries in {year} match these filters.</p> : <TimelineList items={matches.rows} />}
    </>
  );
}

/**
 * A year page's foot, interactive (an island of its own, after the server's list): the previous
 * and next years keep the filters; the year's other pages are offered while no filter is set.
 */
export function YearPager({ year, years, page }: YearPagerProps) {
  const { filtered, query } = useFilterQuery();
  const pages = years.find((y) => y.year === year)?.pages ?? 1;
  const at = years.findIndex((y) => y.year === year);
  const [previous, next] = [years[at - 1], years[at + 1]];

  return (
    <nav aria-label={`Pages of ${year} and nearby years`} className="mt-section flex flex-wrap gap-1 text-sm">
      {previous ? (
        <SiteLink href={yearPagePath(previous.year, 1, query)} className={link} rel="prev">
          ← {previous.year}
        </SiteLink>
      ) : null}
      {!filtered && pages > 1
        ? Array.from({ length: pages }, (_, i) => (
            <SiteLink key={i} href={yearPagePath(year, i + 1)} aria-current={i + 1 === page ? 'page' : undefined} className={current}>
              {`${year}, page ${i + 1}`}
            </SiteLink>
          ))
        : null}
      {next ? (
        <SiteLink href={yearPagePath(next.year, 1, query)} className={link} rel="next">
          {next.year} →
        </SiteLink>
      ) : null}
    </nav>
  );
}
