import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from '@/lib/search/highlight';

describe('highlight', () => {
  it('marks words that start with a query term, plurals and accents aside', () => {
    expect(highlight('Amazon bans police use; Café', ['amaz', 'ban', 'cafe'])).toEqual([
      { text: 'Amazon', mark: true },
      { text: ' ', mark: false },
      { text: 'bans', mark: true },
      { text: ' police use; ', mark: false },
      { text: 'Café', mark: true },
    ]);
  });
  it('treats HTML in the text as text', () => {
    expect(highlight('<b>amazon</b>', ['amazon'])).toEqual([
      { text: '<b>', mark: false },
      { text: 'amazon', mark: true },
      { text: '</b>', mark: false },
    ]);
  });
  it('cuts long text at a word', () => {
    expect(excerpt('one two three four', 9)).toBe('one two…');
    expect(excerpt('short', 9)).toBe('short');
  });
});
