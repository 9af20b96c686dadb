import { SiteLink } from './site-link';
import type { EntryLink } from '@/lib/content/model';
import { EntryDate } from './entry-date';

/** Entries linked to this one, in both directions, with the relation in words. */
export function RelatedEntries({ links }: { links: readonly EntryLink[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-section">
      <h2 id="related-heading" className="text-heading font-semibold">
        Related entries
      </h2>
      <ul className="mt-2 space-y-2">
        {links.map((link) => (
          <li key={`${link.direction}-${link.rel}-${link.entry.slug}`}>
            <span className="text-sm font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400" data-rel={link.rel}>
              {link.words}
            </span>
            <br />
            <SiteLink href={link.entry.url} className="text-accent-700 hover:underline dark:text-accent-300">
              {link.entry.title}
            </SiteLink>{' '}
            <span className="text-sm text-slate-500 dark:text-slate-400">
              (<EntryDate date={link.entry.date} precision={link.entry.datePrecision} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
