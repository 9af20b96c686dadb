/**
 * The home page. Its only control is the header's search, an island (components/islands/): the
 * Pages Router builds it without React's runtime and the page loads the islands' small script.
 */
import type { GetStaticProps } from 'next';
import { HomeContent } from '@/components/home-content';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { SITE } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';

const META: PageMeta = { path: '/', title: SITE.name, absoluteTitle: true, description: SITE.description };

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<StaticPageProps> = () => ({
  props: staticPageProps(META, <HomeContent collection={getCollection()} />, 'home'),
});

export default StaticPage;
