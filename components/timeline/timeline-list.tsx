import { EntrySummary } from '@/components/entry-summary';
import { formatDate } from '@/lib/content/dates';
import { groupByYearMonth, type TimelineItem } from '@/lib/timeline/items';

/** Every item by year and month, with a year index to jump by. */
export function TimelineList({ items }: { items: readonly TimelineItem[] }) {
  const years = groupByYearMonth(items);
  return (
    <>
      <nav aria-label="Years" className="mt-6 flex flex-wrap gap-1 text-sm">
        {years.map(({ year }) => (
          <a key={year} href={`#y${year}`} className="rounded px-2 py-0.5 text-accent-700 hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800">
            {year}
          </a>
        ))}
      </nav>
      <div className="mt-6" data-testid="timeline-list">
        {years.map(({ year, months }) => (
          <section key={year} aria-labelledby={`y${year}`} className="mt-section">
            <h2 id={`y${year}`} className="scroll-mt-4 text-heading font-semibold">
              {year}
            </h2>
            {months.map(({ month, items: monthItems }) => (
              <section key={month} aria-label={formatDate(`${month}-01`, 'month')} className="mt-4">
                <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{formatDate(`${month}-01`, 'month')}</h3>
                <ol className="mt-2 space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
                  {monthItems.map((item) => (
                    <li key={item.slug} data-slug={item.slug}>
                      <EntrySummary {...item} note={item.actorNames.join(', ')} />
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
