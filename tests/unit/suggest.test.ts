import { describe, expect, it } from 'vitest';
import { closest, didYouMean, wordsInOrder } from '@/lib/content/suggest';

describe('did you mean', () => {
  it('suggests the nearest candidate for a typo', () => {
    expect(closest('amazn', ['amazon', 'ibm', 'microsoft'])).toBe('amazon');
    expect(closest('jurisdiction', ['jurisdictions', 'actors'])).toBe('jurisdictions');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closest('zzz', ['amazon', 'ibm'])).toBeUndefined();
    expect(didYouMean('atlantis', ['amazon'])).toBe('');
  });
  it('matches a slug whose words all appear in order in a longer one', () => {
    expect(wordsInOrder('boston-council', 'boston-city-council')).toBe(true);
    expect(wordsInOrder('council-boston', 'boston-city-council')).toBe(false);
    expect(closest('boston-council', ['boston', 'boston-city-council', 'cambridge-city-council'])).toBe('boston-city-council');
  });
});
