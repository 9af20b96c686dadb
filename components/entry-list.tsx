import type { Entry } from '@/lib/content/model';
import { EntrySummary } from './entry-summary';

/** A list of entries with date, kind, title and summary; `note` adds a line per entry. */
export function EntryList({ entries, note }: { entries: readonly Entry[]; note?: (entry: Entry) => string | undefined }) {
  return (
    <ol className="space-y-5">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <EntrySummary {...entry} note={note?.(entry)} />
        </li>
      ))}
    </ol>
  );
}
