/**
 * How complete the record is (`/coverage/`). Nothing on the page needs React in the browser, so
 * the Pages Router builds it without React's runtime, as it does entry and entity pages
 * (components/static-page.tsx).
 */
import type { GetStaticProps } from 'next';
import { CoverageArticle } from '@/components/coverage-article';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { SITE } from '@/lib/site-config';

const META: PageMeta = { path: '/coverage/', title: 'How complete the record is', description: `What the ${SITE.name} covers, by kind, year and place, and what it is known to miss.` };

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<StaticPageProps> = () => ({
  props: staticPageProps(META, <CoverageArticle />),
});

export default StaticPage;
