import { IslandScripts } from '@/components/islands/island-scripts';
import { PageHead } from '@/components/page-head';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import type { IslandScriptFiles } from '@/lib/islands/manifest';

/**
 * A page the Pages Router builds without React's runtime (`unstable_runtimeJS: false`): its head
 * tags, and its content rendered to HTML at build time, in getStaticProps, where the content's
 * data (read from disk) is at hand (components/static-page-props.tsx). The page then carries no route data, and loads no script file
 * unless it has controls: those are islands (components/islands/), whose small script the page
 * loads by its kind (`islands`, an entry of components/islands/entries/).
 */
export interface StaticPageProps {
  meta: PageMeta;
  html: string;
  /** The script that brings the page's islands (and the header's search) to life; absent on pages without controls. */
  islands?: IslandScriptFiles;
}

/** The page itself: the head tags and the rendered content (which brings its own `<article>`). */
export function StaticPage({ meta, html, islands }: StaticPageProps) {
  return (
    <>
      <PageHead meta={meta} />
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {islands ? <IslandScripts files={islands} /> : null}
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
