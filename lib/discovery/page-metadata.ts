/**
 * The metadata every page carries for readers' tools: a canonical URL, Open Graph and Twitter
 * card tags, and `<link rel="alternate">` tags for the Atom feeds. Next merges metadata one key
 * deep, so a page that sets `alternates` or `openGraph` must give all of it: this builds it whole.
 */
import type { Metadata } from 'next';
import { ATOM_TYPE, SITE_FEED_PATH } from '../feeds/paths';
import { absoluteUrl, SITE, SITE_ADDRESS, withBasePath } from '../site-config';

export interface FeedLink {
  path: string;
  title: string;
}

export const SITE_FEED: FeedLink = { path: SITE_FEED_PATH, title: `${SITE.name}: newest entries` };

/** The site's icon, served from public/ (a path, so it follows the site's base path). */
export const ICON = { url: withBasePath('/icon.svg'), type: 'image/svg+xml' };

/** The tags every page shares; pages add their own with pageMetadata. */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(`${SITE_ADDRESS.url}/`),
    title: { default: SITE.name, template: `%s · ${SITE.shortName}` },
    description: SITE.description,
    alternates: feedAlternates([SITE_FEED]),
    openGraph: { type: 'website', siteName: SITE.name, locale: 'en', title: SITE.name, description: SITE.description },
    twitter: { card: 'summary', title: SITE.name, description: SITE.description },
    icons: { icon: [{ url: ICON.url, type: ICON.type }] },
  };
}

function feedAlternates(feeds: readonly FeedLink[]) {
  return { types: { [ATOM_TYPE]: feeds.map((feed) => ({ url: absoluteUrl(feed.path), title: feed.title })) } };
}

export interface PageMeta {
  /** The page's site path, `/entries/x/`. */
  path: string;
  /** The page's own title; the home page passes `absolute` to skip the site-name template. */
  title: string;
  absoluteTitle?: boolean;
  description: string;
  /** `article` for entries; `website` for the rest. */
  type?: 'website' | 'article';
  /** Dates for an article: when it joined the site and when it was last checked. */
  published?: string;
  modified?: string;
  /** Feeds beyond the site-wide one, listed first. */
  feeds?: readonly FeedLink[];
}

export function pageMetadata(meta: PageMeta): Metadata {
  const url = absoluteUrl(meta.path);
  const shared = { url, title: meta.title, description: meta.description, siteName: SITE.name, locale: 'en' };
  return {
    title: meta.absoluteTitle ? { absolute: meta.title } : meta.title,
    description: meta.description,
    alternates: { canonical: url, ...feedAlternates([...(meta.feeds ?? []), SITE_FEED]) },
    openGraph:
      meta.type === 'article'
        ? {
            ...shared,
            type: 'article',
            ...(meta.published ? { publishedTime: meta.published } : {}),
            ...(meta.modified ? { modifiedTime: meta.modified } : {}),
          }
        : { ...shared, type: 'website' },
    twitter: { card: 'summary', title: meta.title, description: meta.description },
  };
}
