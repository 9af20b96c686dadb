/**
 * What was in force on a chosen day (`/status/?date=2020-06-30`). The Pages Router builds it
 * without React's runtime: the build day's lists are HTML, and the date control is an island
 * (components/status/status-explorer.tsx) that redraws them for another day.
 */
import type { GetStaticProps } from 'next';
import { StaticPage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import { StatusContent } from '@/components/status/status-content';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { getCollection } from '@/lib/site-data';

const META: PageMeta = {
  path: '/status/',
  title: 'Status on a date',
  description: 'Every facial recognition ban, moratorium, sales halt, consent law and court order in force on a chosen date.',
};

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<StaticPageProps> = () => ({
  props: staticPageProps(META, <StatusContent collection={getCollection()} />, 'status'),
});

export default StaticPage;
