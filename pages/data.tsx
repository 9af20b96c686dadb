/**
 * The open data files, feeds and how to cite (`/data/`). Nothing on the page needs React in the
 * browser, so the Pages Router builds it without React's runtime, as it does entry and entity
 * pages (components/static-page.tsx).
 */
import type { GetStaticProps } from 'next';
import { DataArticle } from '@/components/data-article';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { SITE } from '@/lib/site-config';

const META: PageMeta = { path: '/data/', title: 'Open data, feeds and citation', description: `Download every entry of the ${SITE.name} as JSON or CSV, follow it by Atom feed or calendar, and cite it.` };

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<StaticPageProps> = () => ({
  props: staticPageProps(META, <DataArticle />),
});

export default StaticPage;
