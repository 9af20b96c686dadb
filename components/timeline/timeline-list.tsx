import { memo } from 'react';
import { SiteLink } from '../site-link';
import { EntrySummary } from '@/components/entry-summary';
import { formatDate } from '@/lib/content/dates';
import type { TimelineRow } from '@/lib/timeline/timeline-data';
import { groupByYearMonth, type YearGroup } from '@/lib/timeline/items';
import { yearPagePath } from '@/lib/timeline/year-pages';

const months = (groups: ReturnType<typeof groupByYearMonth<TimelineRow>>[number]['months'], Heading: 'h2' | 'h3') =>
  groups.map(({ month, items }) => (
    <section key={month} aria-label={formatDate(`${month}-01`, 'month')} className="mt-4">
      <Heading className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{formatDate(`${month}-01`, 'month')}</Heading>
      <ol className="mt-2 space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
        {items.map((item) => (
          <li key={item.slug} data-slug={item.slug}>
            <EntrySummary {...item} note={item.actorNames.join(', ')} />
          </li>
        ))}
      </ol>
    </section>
  ));

/** A guess at a year section's height before it is first drawn: its heading, and a month's heading and an entry's lines each. */
const guessHeight = (months: number, rows: number) => 48 + months * 44 + rows * 124;

/**
 * One year of a list across years. Below the screen it is not laid out or painted until it comes
 * near (`content-visibility: auto`; its height a guess until then, then its real one). Drawn again
 * only when its rows change: a list drawn in slices (use-drawn-count.ts) redraws the year it is
 * filling, not the years before it. Rows come in date order, so the same first row and number of
 * rows are the same rows.
 */
const YearSection = memo(
  function YearSection({ group: { year, months: yearMonths }, rows, query }: { group: YearGroup<TimelineRow>; rows: number; query: string }) {
    return (
      <section aria-labelledby={`y${year}`} className="mt-section" style={{ contentVisibility: 'auto', containIntrinsicSize: `auto ${guessHeight(yearMonths.length, rows)}px` }}>
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 id={`y${year}`} className="scroll-mt-4 text-heading font-semibold">
            {year}
          </h2>
          <SiteLink href={yearPagePath(year, 1, query)} className="text-sm text-accent-700 hover:underline dark:text-accent-300">
            {`${year}'s page`}
          </SiteLink>
        </div>
        {months(yearMonths, 'h3')}
      </section>
    );
  },
  (before, after) => before.group.year === after.group.year && before.rows === after.rows && before.query === after.query && before.group.months[0]?.items[0] === after.group.months[0]?.items[0],
);

/**
 * Entries by month. With `byYear` (a list across years), by year first, with a year index to
 * jump by and a link from each year to its page, keeping the filters' `query`; of a list drawn
 * in slices, only the first `drawn` items so far, under the index of all its years.
 */
export function TimelineList({ items, byYear = false, query = '', drawn = items.length }: { items: readonly TimelineRow[]; byYear?: boolean; query?: string; drawn?: number }) {
  const years = groupByYearMonth(items);
  if (!byYear) return <div data-testid="timeline-list">{years.flatMap((year) => months(year.months, 'h2'))}</div>;
  const shown = drawn >= items.length ? years : groupByYearMonth(items.slice(0, drawn));
  return (
    <>
      {years.length > 1 ? (
        <nav aria-label="Years listed" className="mt-6 flex flex-wrap gap-1 text-sm">
          <span className="py-0.5 pr-1 text-slate-600 dark:text-slate-400">Jump to:</span>
          {years.map(({ year }) => (
            <a key={year} href={`#y${year}`} className="rounded px-2 py-0.5 text-accent-700 hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800">
              {year}
            </a>
          ))}
        </nav>
      ) : null}
      <div data-testid="timeline-list">
        {shown.map((group) => (
          <YearSection key={group.year} group={group} rows={group.months.reduce((n, month) => n + month.items.length, 0)} query={query} />
        ))}
      </div>
    </>
  );
}
