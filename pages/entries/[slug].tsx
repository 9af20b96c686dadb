/**
 * Entry pages, the pages most readers land on from a search engine or a citation. Like every
 * page they are built by the Pages Router without React's runtime (`unstable_runtimeJS: false`):
 * the App Router always shipped about 135 KB of gzipped JavaScript, more than an entry page's
 * budget of 130 KB. The article is rendered to HTML at build time; the
 * theme, copy and search-shortcut behaviours come from the inline script in SiteFrame, and the
 * header's search box is a plain form that opens the search page.
 */
import type { GetStaticPaths, GetStaticProps } from 'next';
import { EntryArticle } from '@/components/entry-article';
import { StaticArticlePage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { getCollection } from '@/lib/site-data';
import { getEntryHistory } from '@/lib/site-history';
import { pageOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = async () => ({
  paths: (await plannedOnly('/entries/[slug]', getCollection().entries.map((entry) => ({ slug: entry.slug })), pageOutput(getStaticProps))).map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, { slug: string }> = ({ params }) => {
  const collection = getCollection();
  const entry = params ? collection.getEntry(params.slug) : undefined;
  if (!entry) return { notFound: true };
  const meta: PageMeta = { path: entry.url, title: entry.title, description: entry.summary, type: 'article', published: entry.added, modified: entry.reviewed };
  return { props: staticPageProps(meta, <EntryArticle entry={entry} collection={collection} history={getEntryHistory()} />) };
};

export default StaticArticlePage;
