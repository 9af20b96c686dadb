import { Island } from '@/components/islands/island';
import { YEAR_PAGER_ISLAND, YEAR_VIEW_ISLAND } from '@/components/islands/timeline-islands';
import type { Collection } from '@/lib/content/collection';
import type { Entry } from '@/lib/content/model';
import { rowOf } from '@/lib/timeline/timeline-data';
import type { YearPage } from '@/lib/timeline/year-pages';
import { TimelineList } from './timeline-list';

/** The page's entries, which the year view takes off the page while a filter is set. */
const LIST_ID = 'year-entries';

/**
 * A year page's content (pages/timeline/[year]/[[...page]].tsx): the years and the count above,
 * the pager below, are islands; the page's entries between them are plain HTML, so the islands'
 * props stay small at 200 rows a page.
 */
export function YearPageContent({ collection, found, years }: { collection: Collection; found: YearPage<Entry>; years: { year: string; pages: number }[] }) {
  const { year, page, pages, items } = found;
  const yearTotal = collection.entries.filter((entry) => entry.date.startsWith(`${year}-`)).length;
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">
        Timeline: {year}
        {pages > 1 ? `, page ${page} of ${pages}` : ''}
      </h1>
      <Island spec={YEAR_VIEW_ISLAND} props={{ year, years, page, yearTotal, listId: LIST_ID }} />
      <div id={LIST_ID}>
        <TimelineList items={items.map((entry) => rowOf(collection, entry))} />
      </div>
      <Island spec={YEAR_PAGER_ISLAND} props={{ year, years, page }} />
    </>
  );
}
