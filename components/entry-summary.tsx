import { SiteLink } from './site-link';
import type { Entry } from '@/lib/content/model';
import { KindBadge } from './badges';
import { EntryDate } from './entry-date';

export type EntrySummaryProps = Pick<Entry, 'url' | 'title' | 'summary' | 'date' | 'datePrecision' | 'kind'> & {
  /** A short line beside the date: the actors, or the entity's role. */
  note?: string | undefined;
};

/** One entry in a list: date, kind, an optional note, the title as a link, and the summary. */
export function EntrySummary({ url, title, summary, date, datePrecision, kind, note }: EntrySummaryProps) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500 dark:text-slate-400">
        <EntryDate date={date} precision={datePrecision} />
        <KindBadge kind={kind} />
        {note ? <span>{note}</span> : null}
      </div>
      <SiteLink href={url} className="mt-1 block font-medium text-accent-700 hover:underline dark:text-accent-300">
        {title}
      </SiteLink>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{summary}</p>
    </>
  );
}
