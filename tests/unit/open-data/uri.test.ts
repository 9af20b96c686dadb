import { describe, expect, it } from 'vitest';
import { entryRecord } from '@/lib/data/records';
import { asUri } from '@/lib/data/uri';
import { collectionOf, entryDoc } from '../../support/collection';

describe('addresses in the open data', () => {
  it('are written as URIs, with non-ASCII paths percent-encoded', () => {
    expect(asUri('https://www.business-humanrights.org/ko/최신-뉴스/x')).toBe('https://www.business-humanrights.org/ko/%EC%B5%9C%EC%8B%A0-%EB%89%B4%EC%8A%A4/x');
    expect(asUri('https://www.congress.gov/bill/1')).toBe('https://www.congress.gov/bill/1');
    const collection = collectionOf([
      entryDoc('2021-09-21-jr-east', { sources: [{ title: 'S', url: 'https://news.example.kr/뉴스', publisher: 'P' }] }),
    ]);
    expect(entryRecord(collection, collection.entries[0]!).sources[0]!.url).toBe('https://news.example.kr/%EB%89%B4%EC%8A%A4');
  });
});
