import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import type { StaticPageProps } from '@/components/static-page';
import { StaticRenderContext } from '@/components/static-render-context';
import type { PageMeta } from '@/lib/discovery/page-metadata';
import { islandScriptFiles } from '@/lib/islands/manifest';

/*
 * Server-only (it reads the islands' manifest from disk): pages call it in getStaticProps, which
 * Next removes from their browser bundles with the imports only it uses.
 */

/** The props of a static page: `content` rendered to HTML, with links as plain links. */
export function staticPageProps(meta: PageMeta, content: ReactNode, islands?: string): StaticPageProps {
  const tree = <StaticRenderContext value>{content}</StaticRenderContext>;
  // Islands are hydrated, which needs the text-node markers renderToString writes between texts.
  if (islands) return { meta, html: renderToString(tree), islands: islandScriptFiles(islands) };
  return { meta, html: renderToStaticMarkup(tree) };
}

