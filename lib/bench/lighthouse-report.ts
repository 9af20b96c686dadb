/**
 * What `npm run bench:lighthouse` prints and writes: the table of each page's score and metrics,
 * a PASS/OVER line per page against the target (mobile performance ≥ 90), and for a page
 * under it the diagnostics Lighthouse says cost the most.
 */
import type { RunFigures } from './lighthouse-figures';

/** Issue 15: Lighthouse (mobile) performance ≥ 90 on every page type. */
export const MIN_SCORE = 90;

/** A page type's median run, or why Lighthouse could not measure it. */
export interface PageResult {
  page: string;
  path: string;
  /** How many runs the figures are the median of. */
  runs: number;
  figures: RunFigures | { error: string };
}

const measured = (result: PageResult): RunFigures | undefined => ('error' in result.figures ? undefined : result.figures);

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const milliseconds = (ms: number): string => `${Math.round(ms).toLocaleString('en')} ms`;

export function lighthouseTable(results: readonly PageResult[]): string {
  return [
    '| page | path | score | LCP | TBT | CLS | FCP | DOM elements |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((result) => {
      const f = measured(result);
      const cells = f
        ? [String(f.score), seconds(f.lcpMs), milliseconds(f.tbtMs), f.cls.toFixed(3), seconds(f.fcpMs), f.domElements.toLocaleString('en')]
        : ['failed', '–', '–', '–', '–', '–'];
      return `| ${result.page} | \`${result.path}\` | ${cells.join(' | ')} |`;
    }),
  ].join('\n');
}

/** `PASS: home scores 96 (≥ 90)`, `OVER: timeline scores 25 (under 90)`, or why it failed. */
export function verdictLines(results: readonly PageResult[], minScore = MIN_SCORE): string[] {
  return results.map((result) => {
    const f = measured(result);
    if (!f) return `FAILED: ${result.page}: ${'error' in result.figures ? result.figures.error : ''}`;
    return f.score >= minScore ? `PASS: ${result.page} scores ${f.score} (≥ ${minScore})` : `OVER: ${result.page} scores ${f.score} (under ${minScore})`;
  });
}

/** True when every page was measured and scores at least `minScore`. */
export const allPass = (results: readonly PageResult[], minScore = MIN_SCORE): boolean =>
  results.every((result) => (measured(result)?.score ?? -1) >= minScore);

/**
 * For each page under `minScore`, its `top` costliest diagnostics, as Markdown list items:
 * `- timeline (25): Avoid an excessive DOM size (12,345 elements); Reduce JavaScript execution time (2.1 s, saves ~900 ms)`.
 */
export function costLines(results: readonly PageResult[], minScore = MIN_SCORE, top = 5): string[] {
  return results.flatMap((result) => {
    const f = measured(result);
    if (!f || f.score >= minScore) return [];
    const costs = f.costs.slice(0, top).map((cost) => {
      const notes = [cost.displayValue, cost.savingsMs > 0 ? `saves ~${milliseconds(cost.savingsMs)}` : ''].filter(Boolean);
      return notes.length > 0 ? `${cost.title} (${notes.join(', ')})` : cost.title;
    });
    return [`- ${result.page} (${f.score}): ${costs.length > 0 ? costs.join('; ') : 'no failed diagnostic'}`];
  });
}
