/**
 * The timeline (`/timeline/`): built by the Pages Router without React's runtime; its filters and
 * overview are an island (components/islands/timeline-islands.ts), the latest entries plain HTML.
 */
import type { GetStaticProps } from 'next';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import { TimelinePageContent } from '@/components/timeline/timeline-page';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { getCollection } from '@/lib/site-data';

const META: PageMeta = {
  path: '/timeline/',
  title: 'Timeline',
  description: 'Every facial recognition policy event in the tracker, by year, with filters by kind, actor, place, topic, status and date.',
};

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<StaticPageProps> = () => ({
  props: staticPageProps(META, <TimelinePageContent collection={getCollection()} />, 'timeline'),
});

export default StaticPage;
