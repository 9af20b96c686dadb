import { describe, expect, it } from 'vitest';
import { deadlinesOf } from '@/lib/calendar/deadlines';
import { parseSiteUrl } from '@/lib/site-config';
import { collectionOf, entryDoc } from '../../support/collection';

const address = parseSiteUrl('https://example.org/tracker');

describe('rule dates for the calendar', () => {
  const collection = collectionOf([
    entryDoc('2020-06-10-amazon-pause', {
      title: 'Amazon pauses police use of Rekognition',
      status: 'extended',
      measure: ['moratorium'],
      scope: ['police'],
      effective: '2020-06-10',
      expires: '2021-06-10',
      history: [
        { date: '2020-06-10', status: 'in-effect', note: 'Announced on the company blog' },
        { date: '2021-05-18', status: 'extended', note: 'Extended until further notice.' },
      ],
      reviewed: '2026-11-20',
    }),
    entryDoc('2019-01-01-statement'),
  ]);
  const pause = collection.getEntry('2020-06-10-amazon-pause')!;

  it('gives one event for the effective day, the end of term and each other dated step, in order', () => {
    const events = deadlinesOf(pause, address);
    expect(events.map((event) => [event.date, event.kind, event.summary])).toEqual([
      ['2020-06-10', 'effective', 'Takes effect: Amazon pauses police use of Rekognition'],
      ['2021-05-18', 'step', 'Extended: Amazon pauses police use of Rekognition'],
      ['2021-06-10', 'expires', 'Term ends: Amazon pauses police use of Rekognition'],
    ]);
  });

  it('links each event to its entry and stamps it with the review date', () => {
    for (const event of deadlinesOf(pause, address)) {
      expect(event.url).toBe('https://example.org/tracker/entries/2020-06-10-amazon-pause/');
      expect(event.description).toContain(event.url);
      expect(event.stamp).toBe('2026-11-20');
      expect(event.uid).toMatch(/^2020-06-10-amazon-pause\..+@example\.org$/);
    }
    const step = deadlinesOf(pause, address).find((event) => event.kind === 'step');
    expect(step?.description?.startsWith('Extended until further notice.\n\n')).toBe(true);
  });

  it('gives an entry with no dates of its own no event', () => {
    expect(deadlinesOf(collection.getEntry('2019-01-01-statement')!, address)).toEqual([]);
  });
});
