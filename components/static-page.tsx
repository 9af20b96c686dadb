import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PageHead } from '@/components/page-head';
import { StaticRenderContext } from '@/components/reach-link';
import type { PageMeta } from '@/lib/discovery/page-metadata';

/**
 * A page the Pages Router builds without React's runtime (`unstable_runtimeJS: false`): its head
 * tags, and its content rendered to HTML at build time, in getStaticProps, where the content's
 * data (read from disk) is at hand. The page then loads no script file and carries no route data.
 */
export interface StaticPageProps {
  meta: PageMeta;
  html: string;
}

/** The props of a static page: `content` rendered to HTML, with links as plain links. */
export function staticPageProps(meta: PageMeta, content: ReactNode): StaticPageProps {
  return { meta, html: renderToStaticMarkup(<StaticRenderContext value>{content}</StaticRenderContext>) };
}

/** The page itself: the head tags and the rendered content (which brings its own `<article>`). */
export function StaticPage({ meta, html }: StaticPageProps) {
  return (
    <>
      <PageHead meta={meta} />
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

/** The same for content that is the page's article (entry and entity pages), wrapped in `<article>`. */
export function StaticArticlePage({ meta, html }: StaticPageProps) {
  return (
    <>
      <PageHead meta={meta} />
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
