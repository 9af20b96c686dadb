import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '@/lib/checks/suggest';

describe('did you mean', () => {
  it('suggests the nearest candidate for a typo', () => {
    expect(closest('amazn', ['amazon', 'ibm', 'microsoft'])).toBe('amazon');
    expect(closest('jurisdiction', ['jurisdictions', 'actors'])).toBe('jurisdictions');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closest('zzz', ['amazon', 'ibm'])).toBeUndefined();
    expect(didYouMean('atlantis', ['amazon'])).toBe('');
  });
});
