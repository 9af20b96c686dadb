/**
 * Entry pages, the pages most readers land on from a search engine or a citation. They are the
 * one route in the Pages Router, because only it can build a page without React's runtime
 * (`unstable_runtimeJS: false`): the App Router always ships about 135 KB of gzipped JavaScript,
 * more than an entry page's budget of 130 KB. The article is rendered to HTML at build time; the
 * theme, copy and search-shortcut behaviours come from the inline script in SiteFrame, and the
 * header's search box is a plain form that opens the search page.
 */
import type { GetStaticPaths, GetStaticProps } from 'next';
import { renderToStaticMarkup } from 'react-dom/server';
import { EntryArticle } from '@/components/entry-article';
import { PageHead } from '@/components/page-head';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { getCollection } from '@/lib/site-data';
import { getEntryHistory } from '@/lib/site-history';

export const config = { unstable_runtimeJS: false };

interface Props {
  meta: PageMeta;
  html: string;
}

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getCollection().entries.map((entry) => ({ params: { slug: entry.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => {
  const collection = getCollection();
  const entry = params ? collection.getEntry(params.slug) : undefined;
  if (!entry) return { notFound: true };
  const meta: PageMeta = { path: entry.url, title: entry.title, description: entry.summary, type: 'article', published: entry.added, modified: entry.reviewed };
  const html = renderToStaticMarkup(<EntryArticle entry={entry} collection={collection} history={getEntryHistory()} />);
  return { props: { meta, html } };
};

export default function EntryPage({ meta, html }: Props) {
  return (
    <>
      <PageHead meta={meta} />
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
