import type { Source } from '@/lib/content/schema';
import { EntryDate } from './entry-date';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-section">
      <h2 id="sources-heading" className="text-heading font-semibold">
        Sources
      </h2>
      <ol className="mt-2 list-decimal space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="text-accent-700 underline dark:text-accent-300" rel="noopener noreferrer">
              {source.title}
            </a>
            <span className="text-slate-600 dark:text-slate-400">
              {' — '}
              {source.publisher}
              {source.date ? (
                <>
                  , <EntryDate date={source.date} />
                </>
              ) : null}
              {source.archived ? (
                <>
                  {' · '}
                  <a href={source.archived} className="underline" rel="noopener noreferrer">
                    archived copy
                  </a>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
