/**
 * The `<head>` tags of a page (components/page-head.tsx), as plain data: the title,
 * description, canonical URL, feed links, Open Graph, Twitter card and icon tags, in the order
 * Next's App Router wrote them from pageMetadata() and siteMetadata() when pages were built there.
 */
import { ATOM_TYPE } from '../feeds/paths';
import { absoluteUrl, SITE } from '../site-config';
import { ICON, SITE_FEED, type PageMeta } from './page-metadata';

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; attrs: { name: string; content: string } | { property: string; content: string } }
  | { tag: 'link'; attrs: Record<string, string> };

export function headTags(meta: PageMeta): HeadTag[] {
  const url = absoluteUrl(meta.path);
  const type = meta.type ?? 'website';
  const property = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { property: name, content } });
  const named = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { name, content } });
  return [
    { tag: 'title', text: meta.absoluteTitle ? meta.title : `${meta.title} · ${SITE.shortName}` },
    named('description', meta.description),
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    ...[...(meta.feeds ?? []), SITE_FEED].map(
      (feed): HeadTag => ({ tag: 'link', attrs: { rel: 'alternate', type: ATOM_TYPE, href: absoluteUrl(feed.path), title: feed.title } }),
    ),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', url),
    property('og:site_name', SITE.name),
    property('og:locale', 'en'),
    property('og:type', type),
    ...(type === 'article' && meta.published ? [property('article:published_time', meta.published)] : []),
    ...(type === 'article' && meta.modified ? [property('article:modified_time', meta.modified)] : []),
    named('twitter:card', 'summary'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    { tag: 'link', attrs: { rel: 'icon', href: ICON.url, type: ICON.type } },
  ];
}
