import { describe, expect, it } from 'vitest';
import { pageMetadata, siteMetadata } from '@/lib/discovery/page-metadata';
import { absoluteUrl } from '@/lib/site-config';

describe('page metadata', () => {
  it('gives a page its canonical URL, Open Graph and Twitter tags, and its feeds before the site feed', () => {
    const meta = pageMetadata({
      path: '/entities/amazon/',
      title: 'Amazon',
      description: 'What Amazon did.',
      feeds: [{ path: '/entities/amazon/feed.xml', title: 'Amazon: newest entries' }],
    });
    expect(meta.alternates?.canonical).toBe(absoluteUrl('/entities/amazon/'));
    expect(meta.alternates?.types?.['application/atom+xml']).toEqual([
      { url: absoluteUrl('/entities/amazon/feed.xml'), title: 'Amazon: newest entries' },
      { url: absoluteUrl('/feed.xml'), title: 'Facial Recognition Policy Tracker: newest entries' },
    ]);
    expect(meta.openGraph).toMatchObject({ url: absoluteUrl('/entities/amazon/'), title: 'Amazon', type: 'website' });
    expect(meta.twitter).toMatchObject({ card: 'summary', title: 'Amazon' });
  });

  it('marks entries as articles with their dates', () => {
    const meta = pageMetadata({ path: '/entries/a/', title: 'A', description: 'D', type: 'article', published: '2026-01-02', modified: '2026-02-03' });
    expect(meta.openGraph).toMatchObject({ type: 'article', publishedTime: '2026-01-02', modifiedTime: '2026-02-03' });
  });

  it('links the site feed on every page through the layout, with no canonical of its own', () => {
    const meta = siteMetadata();
    expect(meta.alternates?.types?.['application/atom+xml']).toEqual([{ url: absoluteUrl('/feed.xml'), title: 'Facial Recognition Policy Tracker: newest entries' }]);
    expect(meta.alternates).not.toHaveProperty('canonical');
  });
});
