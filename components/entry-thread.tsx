import { SiteLink } from './site-link';
import type { ThreadItem } from '@/lib/content/threads';
import { EntryDate } from './entry-date';

/** Threads longer than this start folded, so a long story does not bury the sources below it. */
const OPEN_UP_TO = 12;

/** The whole story this entry belongs to, in date order, with this entry marked. */
export function EntryThread({ items }: { items: readonly ThreadItem[] }) {
  if (items.length === 0) return null;
  return (
    <details open={items.length <= OPEN_UP_TO} className="group mt-section">
      <summary className="cursor-pointer">
        <h2 id="thread-heading" className="inline text-heading font-semibold">
          The thread ({items.length} entries)
        </h2>
      </summary>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Every entry linked to this one, directly or through others, in date order.</p>
      <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700" data-testid="thread">
        {items.map(({ entry, links, current }) => (
          <li key={entry.slug} aria-current={current ? 'page' : undefined} className={current ? '-ml-[18px] border-l-4 border-accent-600 pl-3.5 dark:border-accent-300' : undefined}>
            <span className="text-sm text-slate-500 dark:text-slate-400">
              <EntryDate date={entry.date} precision={entry.datePrecision} />
            </span>{' '}
            {current ? (
              <strong>{entry.title} (this entry)</strong>
            ) : (
              <SiteLink href={entry.url} className="text-accent-700 hover:underline dark:text-accent-300">
                {entry.title}
              </SiteLink>
            )}
            {links.filter((link) => link.direction === 'out').length > 0 ? (
              <ul className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
                {links
                  .filter((link) => link.direction === 'out')
                  .map((link) => (
                    <li key={`${link.rel}-${link.entry.slug}`}>
                      {link.words}: {link.entry.title}
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
