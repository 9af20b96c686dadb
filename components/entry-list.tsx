import type { Entry } from '@/lib/content/model';
import { EntrySummary } from './entry-summary';

/**
 * A list of entries with date, kind, title and summary; `note` adds a line per entry, `anchor`
 * an id to an entry's item (so a link can point at where a year starts).
 */
export function EntryList({
  entries,
  note,
  anchor,
}: {
  entries: readonly Entry[];
  note?: (entry: Entry) => string | undefined;
  anchor?: (entry: Entry, index: number) => string | undefined;
}) {
  return (
    <ol className="space-y-5">
      {entries.map((entry, index) => (
        <li key={entry.slug} id={anchor?.(entry, index)}>
          <EntrySummary {...entry} note={note?.(entry)} />
        </li>
      ))}
    </ol>
  );
}
