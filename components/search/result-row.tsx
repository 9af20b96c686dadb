import { SiteLink } from '../site-link';
import { KindBadge } from '@/components/badges';
import { EntryDate } from '@/components/entry-date';
import { excerpt } from '@/lib/search/highlight';
import { resultUrl, type SearchResult } from '@/lib/search/records';
import { MarkedText } from './marked-text';

/**
 * One search result as both the header box and the search page show it: date or category, kind,
 * title and summary with the searched words marked. The header's row is compact and its title is
 * plain text (the whole option is the link target); the page's title is a link.
 */
export function ResultRow({ result, terms, compact = false }: { result: SearchResult; terms: readonly string[]; compact?: boolean }) {
  const text = result.text;
  if (!text) return null;
  return (
    <>
      <div className={`flex flex-wrap items-center gap-2 text-slate-500 dark:text-slate-400 ${compact ? 'text-xs' : 'text-sm'}`}>
        {result.doc.date ? <EntryDate date={result.doc.date} precision={result.doc.precision} /> : <span>{result.doc.category}</span>}
        {result.doc.kind ? <KindBadge kind={result.doc.kind} /> : null}
      </div>
      {compact ? (
        <div className="text-sm font-medium" data-part="title">
          <MarkedText text={text.title} terms={terms} />
        </div>
      ) : (
        <SiteLink href={resultUrl(result)!} className="mt-1 block font-medium text-accent-700 hover:underline dark:text-accent-300">
          <MarkedText text={text.title} terms={terms} />
        </SiteLink>
      )}
      {compact ? (
        <div className="text-xs text-slate-600 dark:text-slate-400">
          <MarkedText text={excerpt(text.summary, 140)} terms={terms} />
        </div>
      ) : (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          <MarkedText text={excerpt(text.summary, 260)} terms={terms} />
        </p>
      )}
    </>
  );
}
