/** The sitemap's entries: every page, with the day its content last changed where known. */
import type { MetadataRoute } from 'next';
import type { Collection } from '../content/collection';
import { ENTITY_PAGE_SIZE, laterPages, pagePath } from '../paging/list-pages';
import { absoluteUrl, SITE_ADDRESS, type SiteAddress } from '../site-config';
import { yearPagePath, yearPages } from '../timeline/year-pages';

/** Pages with no content date of their own. */
export const STATIC_PAGES = ['/', '/timeline/', '/status/', '/search/', '/data/', '/coverage/', '/about/'] as const;

export function sitemapEntries(collection: Collection, address: SiteAddress = SITE_ADDRESS): MetadataRoute.Sitemap {
  const newest = collection.entries.map((entry) => entry.reviewed).sort().at(-1);
  return [
    ...STATIC_PAGES.map((path) => ({ url: absoluteUrl(path, address), ...(newest ? { lastModified: newest } : {}) })),
    // A year page changes when one of its entries does.
    ...yearPages(collection.entries).map(({ year, page, items }) => ({
      url: absoluteUrl(yearPagePath(year, page), address),
      lastModified: items.map((entry) => entry.reviewed).sort().at(-1)!,
    })),
    ...collection.entries.map((entry) => ({ url: absoluteUrl(entry.url, address), lastModified: entry.reviewed })),
    ...collection.entities.flatMap((entity) => [
      { url: absoluteUrl(entity.url, address) },
      // The later pages of the entity's list of entries.
      ...laterPages(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE).map((number) => ({ url: absoluteUrl(pagePath(entity.url, number), address) })),
    ]),
  ];
}
