import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/discovery/sitemap';
import { getCollection } from '@/lib/site-data';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getCollection());
}
