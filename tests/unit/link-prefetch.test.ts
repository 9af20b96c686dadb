/** Which links prefetch their page, and when: the rule every link of the site follows. */
import { describe, expect, it } from 'vitest';
import { linkPrefetch } from '@/lib/link-prefetch';
import { opensAsDocument } from '@/lib/site-routes';

describe('link prefetch rule', () => {
  it('prefetches the small fixed pages linked from every page as soon as they are on screen', () => {
    expect(linkPrefetch('/about/')).toBe('viewport');
    expect(linkPrefetch('/data/')).toBe('viewport');
  });

  it('prefetches home and coverage only when the reader reaches for the link', () => {
    for (const href of ['/', '/coverage/']) {
      expect(linkPrefetch(href), href).toBe('intent');
    }
  });

  it('opens entries, entities and the later pages of an entity\'s entries as whole pages, which prefetch nothing', () => {
    for (const href of ['/entries/2020-06-10-amazon-rekognition-police-moratorium/', '/entities/amazon/', '/entities/united-states/page/2/#entries-2019']) {
      expect(opensAsDocument(href), href).toBe(true);
    }
    for (const href of ['/', '/coverage/', '/about/', '/timeline/2020/', '/search/?q=entities']) {
      expect(opensAsDocument(href), href).toBe(false);
    }
  });

  it('never prefetches the pages that hold the whole record, whatever their query', () => {
    for (const href of ['/timeline/', '/timeline/?from=2020&to=2020', '/status/', '/status/?date=2020-06-30', '/search/?q=amazon']) {
      expect(linkPrefetch(href), href).toBe('none');
    }
  });
});
