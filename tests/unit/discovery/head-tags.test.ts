import { describe, expect, it } from 'vitest';
import { headTags } from '@/lib/discovery/head-tags';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { absoluteUrl } from '@/lib/site-config';

const META = {
  path: '/entries/a/',
  title: 'Amazon pauses police use',
  description: 'A one-year moratorium.',
  type: 'article' as const,
  published: '2026-01-02',
  modified: '2026-02-03',
};

describe('head tags for pages built without the App Router', () => {
  it('give the same title, canonical URL, feeds, Open Graph and Twitter tags as pageMetadata, in order', () => {
    const attrs = headTags(META).map((tag) => (tag.tag === 'title' ? `title: ${tag.text}` : Object.values(tag.attrs).join(' | ')));
    expect(attrs).toEqual([
      'title: Amazon pauses police use · FR Policy Tracker',
      'description | A one-year moratorium.',
      `canonical | ${absoluteUrl('/entries/a/')}`,
      `alternate | application/atom+xml | ${absoluteUrl('/feed.xml')} | Facial Recognition Policy Tracker: newest entries`,
      'og:title | Amazon pauses police use',
      'og:description | A one-year moratorium.',
      `og:url | ${absoluteUrl('/entries/a/')}`,
      'og:site_name | Facial Recognition Policy Tracker',
      'og:locale | en',
      'og:type | article',
      'article:published_time | 2026-01-02',
      'article:modified_time | 2026-02-03',
      'twitter:card | summary',
      'twitter:title | Amazon pauses police use',
      'twitter:description | A one-year moratorium.',
      'icon | /icon.svg | image/svg+xml',
    ]);
    // The values are pageMetadata's, so both routers describe a page alike.
    const metadata = pageMetadata(META);
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/entries/a/'));
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2026-01-02', modifiedTime: '2026-02-03' });
  });

  it('leave article dates out of other pages', () => {
    const tags = headTags({ path: '/about/', title: 'About', description: 'D' });
    expect(tags.some((tag) => tag.tag === 'meta' && 'property' in tag.attrs && tag.attrs.property.startsWith('article:'))).toBe(false);
  });
});
