/**
 * A year of the timeline (`/timeline/<year>/`) and a full year's later pages
 * (`/timeline/<year>/<n>/`), in one route: built by the Pages Router without React's runtime;
 * the years, the count and the pager are islands, the page's entries plain HTML.
 */
import type { GetStaticPaths, GetStaticProps } from 'next';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import { YearPageContent } from '@/components/timeline/year-page';
import { yearPagePath, yearPages } from '@/lib/timeline/year-pages';
import { getCollection } from '@/lib/site-data';
import { pageOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const config = { unstable_runtimeJS: false };

type Params = { year: string; page?: string[] };

const allPages = () => yearPages(getCollection().entries);

export const getStaticPaths: GetStaticPaths<Params> = async () => ({
  paths: (await plannedOnly('/timeline/[year]/[[...page]]', allPages().map(({ year, page }) => ({ year, page: page > 1 ? [String(page)] : [] })), pageOutput(getStaticProps))).map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, Params> = ({ params }) => {
  const pages = allPages();
  const found = params ? pages.find((p) => p.year === params.year && p.page === Number(params.page?.[0] ?? 1)) : undefined;
  if (!found) return { notFound: true };
  const { year, page, pages: count, items } = found;
  const meta = {
    path: yearPagePath(year, page),
    title: `Timeline: ${year}${count > 1 ? `, page ${page}` : ''}`,
    description: `The ${items.length} facial recognition policy events of ${year} in the tracker, by month.`,
  };
  const years = pages.filter((p) => p.page === 1).map((p) => ({ year: p.year, pages: p.pages }));
  return { props: staticPageProps(meta, <YearPageContent collection={getCollection()} found={found} years={years} />, 'timeline-year') };
};

export default StaticPage;
