import { SiteLink } from './site-link';
import type { Entry } from '@/lib/content/model';
import { KindBadge } from './badges';
import { EntryDate } from './entry-date';

/**
 * An entity's own entries as compact columns of years, each with its entries. The columns wrap
 * into rows (two on a phone, more on a wider screen), so the strip never runs off the page.
 */
export function EntityTimeline({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return null;
  const years = [...new Set(entries.map((entry) => entry.date.slice(0, 4)))];
  return (
    <section aria-labelledby="entity-timeline-heading" className="mt-section">
      <h2 id="entity-timeline-heading" className="text-heading font-semibold">
        Timeline
      </h2>
      <ol className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-x-4 gap-y-5" data-testid="entity-timeline">
        {years.map((year) => (
          <li key={year} className="border-t-4 border-slate-300 pt-2 dark:border-slate-700">
            <span className="text-sm font-semibold">{year}</span>
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
          </li>
        ))}
      </ol>
    </section>
  );
}
