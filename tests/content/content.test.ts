/** The real content passes every checker rule and loads into the site's collection. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/check-content';
import { formatProblem } from '@/lib/checks/problem';
import { getCollection } from '@/lib/site-data';

describe('content/', () => {
  it('has no checker problems', async () => {
    const { problems } = await checkContent(path.resolve('content'));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('loads every entry and entity file into the collection', async () => {
    const { tree } = await checkContent(path.resolve('content'));
    const collection = getCollection();
    expect(collection.entries.map((entry) => entry.slug).sort()).toEqual(tree.entries.map((doc) => doc.slug).sort());
    expect(collection.entities.map((entity) => entity.slug).sort()).toEqual(tree.entities.map((doc) => doc.slug).sort());
  });

  it('holds the June 2020 thread, linked together', () => {
    const collection = getCollection();
    const moratorium = collection.getEntry('2020-06-10-amazon-rekognition-police-moratorium');
    expect(moratorium?.status).toBe('extended');
    const linked = collection.linksOf(moratorium!).map((link) => `${link.words} ${link.entry.slug}`);
    expect(linked).toEqual(
      expect.arrayContaining([
        'follows up 2020-06-08-ibm-exits-general-purpose-facial-recognition',
        'responded to by 2020-06-10-aclu-responds-to-amazon-moratorium',
        'responded to by 2020-06-11-fight-for-the-future-responds-to-amazon-pause',
        'extended by 2021-05-18-amazon-extends-rekognition-moratorium',
      ]),
    );
  });
});
