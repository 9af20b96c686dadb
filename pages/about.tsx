/**
 * What the tracker is and how it is made (`/about/`). Nothing on the page needs React in the
 * browser, so the Pages Router builds it without React's runtime, as it does entry and entity
 * pages (components/static-page.tsx).
 */
import type { GetStaticProps } from 'next';
import { AboutArticle } from '@/components/about-article';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { SITE } from '@/lib/site-config';

const META: PageMeta = { path: '/about/', title: 'About', description: `What the ${SITE.name} is and how it is made.` };

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<StaticPageProps> = () => ({
  props: staticPageProps(META, <AboutArticle />),
});

export default StaticPage;
