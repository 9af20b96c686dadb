import Link from 'next/link';
import type { Entry } from '@/lib/content/model';
import { KindBadge } from './badges';
import { EntryDate } from './entry-date';

/** A list of entries with date, kind, title and summary; `note` adds a line per entry. */
export function EntryList({ entries, note }: { entries: readonly Entry[]; note?: (entry: Entry) => string | undefined }) {
  return (
    <ol className="space-y-5">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500 dark:text-slate-400">
            <EntryDate date={entry.date} precision={entry.datePrecision} />
            <KindBadge kind={entry.kind} />
            {note?.(entry) ? <span>{note(entry)}</span> : null}
          </div>
          <Link href={entry.url} className="mt-1 block font-medium text-accent-700 hover:underline dark:text-accent-300">
            {entry.title}
          </Link>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{entry.summary}</p>
        </li>
      ))}
    </ol>
  );
}
