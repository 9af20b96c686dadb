/**
 * The search page, `/search/?q=amazon`: built without React's runtime, its query box, results,
 * facets and sort are an island (components/search/search-page.tsx), next to the header's search.
 * A small inline script in the head starts loading the engine, the index's first file and the
 * shards of the query's words at once when the address holds a query (lib/search/preload-search.ts).
 */
import type { GetStaticProps } from 'next';
import Head from 'next/head';
import { SearchContent } from '@/components/search/search-content';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { islandLazyFiles } from '@/lib/islands/manifest';
import { SEARCH_PATH, SHARD_LENGTH } from '@/lib/search/fields';
import { preloadSearchScript, searchPreload } from '@/lib/search/preload-search';
import { withBasePath } from '@/lib/site-config';
import { getSearchFileNames } from '@/lib/site-search';

const META: PageMeta = {
  path: '/search/',
  title: 'Search',
  description: 'Search every entry and entity by word, company, place, kind, topic, status or date.',
};

export const config = { unstable_runtimeJS: false };

type SearchPageProps = StaticPageProps & { preload: string };

export const getStaticProps: GetStaticProps<SearchPageProps> = () => ({
  props: {
    ...staticPageProps(META, <SearchContent />, 'search'),
    preload: preloadSearchScript(searchPreload(islandLazyFiles('search'), withBasePath(`${SEARCH_PATH}/`), getSearchFileNames(), SHARD_LENGTH)),
  },
});

export default function SearchRoute({ preload, ...page }: SearchPageProps) {
  return (
    <>
      <Head>
        <script dangerouslySetInnerHTML={{ __html: preload }} />
      </Head>
      <StaticPage {...page} />
    </>
  );
}
