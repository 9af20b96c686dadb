import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TimelineList } from '@/components/timeline/timeline-list';
import { YearView } from '@/components/timeline/year-view';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { rowOf } from '@/lib/timeline/timeline-data';
import { yearPagePath, yearPages } from '@/lib/timeline/year-pages';
import { getCollection } from '@/lib/site-data';

export const dynamicParams = false;

type Params = { year: string; page?: string[] };

const allPages = () => yearPages(getCollection().entries);
const findPage = ({ year, page }: Params) => allPages().find((p) => p.year === year && p.page === Number(page?.[0] ?? 1));

export function generateStaticParams(): Params[] {
  return allPages().map(({ year, page }) => ({ year, page: page > 1 ? [String(page)] : [] }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = findPage(await params);
  if (!found) return {};
  const { year, page, pages, items } = found;
  return pageMetadata({
    path: yearPagePath(year, page),
    title: `Timeline: ${year}${pages > 1 ? `, page ${page}` : ''}`,
    description: `The ${items.length} facial recognition policy events of ${year} in the tracker, by month.`,
  });
}

export default async function TimelineYearPage({ params }: { params: Promise<Params> }) {
  const found = findPage(await params);
  if (!found) notFound();
  const collection = getCollection();
  const { year, page, pages, items } = found;
  const years = allPages().filter((p) => p.page === 1).map((p) => ({ year: p.year, pages: p.pages }));
  const yearTotal = collection.entries.filter((entry) => entry.date.startsWith(`${year}-`)).length;
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">
        Timeline: {year}
        {pages > 1 ? `, page ${page} of ${pages}` : ''}
      </h1>
      <YearView year={year} years={years} page={page} yearTotal={yearTotal}>
        <TimelineList items={items.map((entry) => rowOf(collection, entry))} />
      </YearView>
    </>
  );
}
