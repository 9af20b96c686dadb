/** The first step's closing line, as prepare-build prints it and bench:build reads it back. */
import { describe, expect, it } from 'vitest';
import { formatStepSummary, parseStepSummary } from '@/lib/build/step-summary';

const summary = { steps: [{ name: 'check', ms: 9_840 }, { name: 'content', ms: 14_120 }, { name: 'islands', ms: 1_020 }], clearMs: 3_210, totalMs: 14_150 };

describe('the first step\'s summary line', () => {
  it('says each step\'s time, the clearing and the whole, in seconds', () => {
    expect(formatStepSummary(summary)).toBe('build: check 9.8 s, content 14.1 s, islands 1.0 s at the same time, and the previous build cleared (3.2 s), in 14.2 s');
  });

  it('is read back from a step\'s output, to a tenth of a second', () => {
    const output = `✔ content is valid: 3 entries\ncontent: 3 entries\n${formatStepSummary(summary)}\n`;
    expect(parseStepSummary(output)).toEqual({
      steps: [{ name: 'check', ms: 9_800 }, { name: 'content', ms: 14_100 }, { name: 'islands', ms: 1_000 }],
      clearMs: 3_200,
      totalMs: 14_200,
    });
  });

  it('is not found in the output of a build from before it, or a damaged line', () => {
    expect(parseStepSummary('▲ Next.js 16\n✓ Compiled successfully')).toBeUndefined();
    expect(parseStepSummary('build: check nine s at the same time, and the previous build cleared (3.2 s), in 14.2 s')).toBeUndefined();
  });
});
