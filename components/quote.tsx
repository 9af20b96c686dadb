import type { ReactNode } from 'react';

/** A short attributed quotation: `<Quote by="Brad Smith" source="https://…">…</Quote>`. */
export function Quote({ by, source, children }: { by: string; source?: string; children: ReactNode }) {
  return (
    <figure className="not-prose my-6 border-l-4 border-accent-600 pl-4 dark:border-accent-400">
      <blockquote className="font-serif text-lg italic text-slate-800 dark:text-slate-200">{children}</blockquote>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {'— '}
        {source ? (
          <a href={source} className="underline" rel="noopener noreferrer">
            {by}
          </a>
        ) : (
          by
        )}
      </figcaption>
    </figure>
  );
}
