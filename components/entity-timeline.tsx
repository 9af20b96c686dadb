import type { Entry } from '@/lib/content/model';
import { ENTITY_PAGE_SIZE, pagePath, yearAnchor, yearsOnPages } from '@/lib/paging/list-pages';
import { KindBadge } from './badges';
import { EntryDate } from './entry-date';
import { SiteLink } from './site-link';

/**
 * An entity's own entries as compact columns of years, each with its entries. The columns wrap
 * into rows (two on a phone, more on a wider screen), so the strip never runs off the page.
 * When the entries fill more than one page of the list, each year shows its count instead,
 * linking to the page where its entries start: the strip then grows with the years, not with
 * the record.
 */
export function EntityTimeline({ entries, entityUrl }: { entries: readonly Entry[]; entityUrl: string }) {
  if (entries.length === 0) return null;
  const paged = entries.length > ENTITY_PAGE_SIZE;
  return (
    <section aria-labelledby="entity-timeline-heading" className="mt-section">
      <h2 id="entity-timeline-heading" className="text-heading font-semibold">
        Timeline
      </h2>
      <ol className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-x-4 gap-y-5" data-testid="entity-timeline">
        {yearsOnPages(entries.map((entry) => entry.date), ENTITY_PAGE_SIZE).map(({ year, count, page }) => (
          <li key={year} className="border-t-4 border-slate-300 pt-2 dark:border-slate-700">
            <span className="text-sm font-semibold">{year}</span>
            {paged ? (
              <p className="mt-1 text-sm">
                <SiteLink href={`${pagePath(entityUrl, page)}#${yearAnchor(year)}`} className="text-accent-700 hover:underline dark:text-accent-300">
                  {count === 1 ? '1 entry' : `${count} entries`}
                </SiteLink>
              </p>
            ) : (
              <ul className="mt-1 space-y-1.5">
                {entries
                  .filter((entry) => entry.date.startsWith(year))
                  .map((entry) => (
                    <li key={entry.slug} className="text-sm">
                      <KindBadge kind={entry.kind} />{' '}
                      <SiteLink href={entry.url} className="whitespace-nowrap text-accent-700 hover:underline dark:text-accent-300" title={entry.title}>
                        <EntryDate date={entry.date} precision={entry.datePrecision} />
                      </SiteLink>
                    </li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
