/** `npm run bench:lighthouse`: the figures read from a Lighthouse result, the median run, and the printed table and verdicts. */
import { describe, expect, it } from 'vitest';
import { medianRun, runFigures, type RunFigures } from '@/lib/bench/lighthouse-figures';
import { allPass, costLines, lighthouseTable, verdictLines, type PageResult } from '@/lib/bench/lighthouse-report';

/** The fields of a Lighthouse result (`lhr`) the benchmark reads, shaped as Lighthouse 12 writes them. */
function lhr(score: number | null, metrics: { fcp: number; lcp: number; tbt: number; cls: number; tti: number; dom: number }, extra: Record<string, unknown>[] = []) {
  const metric = (id: string, numericValue: number) => ({ id, title: id, score: 1, scoreDisplayMode: 'numeric', numericValue });
  const audits = [
    metric('first-contentful-paint', metrics.fcp),
    metric('largest-contentful-paint', metrics.lcp),
    metric('total-blocking-time', metrics.tbt),
    metric('cumulative-layout-shift', metrics.cls),
    metric('interactive', metrics.tti),
    { ...metric('dom-size', metrics.dom), title: 'Avoid an excessive DOM size', displayValue: `${metrics.dom.toLocaleString('en')} elements`, score: metrics.dom > 1400 ? 0 : 1, scoreDisplayMode: 'metricSavings', metricSavings: { TBT: 0 } },
    ...extra,
  ];
  return {
    lighthouseVersion: '12.2.3',
    requestedUrl: 'http://127.0.0.1:4000/timeline/',
    runWarnings: [],
    environment: { benchmarkIndex: 812.5 },
    categories: {
      performance: {
        score,
        auditRefs: [
          { id: 'first-contentful-paint', group: 'metrics' },
          { id: 'largest-contentful-paint', group: 'metrics' },
          { id: 'total-blocking-time', group: 'metrics' },
          { id: 'cumulative-layout-shift', group: 'metrics' },
          { id: 'interactive', group: 'hidden' },
          { id: 'dom-size', group: 'diagnostics' },
          ...extra.map((audit) => ({ id: audit.id, group: 'diagnostics' })),
        ],
      },
    },
    audits: Object.fromEntries(audits.map((audit) => [audit.id, audit])),
  };
}

const bootup = { id: 'bootup-time', title: 'Reduce JavaScript execution time', score: 0, scoreDisplayMode: 'metricSavings', displayValue: '2.4 s', metricSavings: { TBT: 1200 } };
const unusedJs = { id: 'unused-javascript', title: 'Reduce unused JavaScript', score: 0.5, scoreDisplayMode: 'metricSavings', displayValue: 'Est savings of 60 KiB', metricSavings: { FCP: 150, LCP: 300 } };
const passed = { id: 'font-display', title: 'All text remains visible during webfont loads', score: 1, scoreDisplayMode: 'metricSavings', metricSavings: { FCP: 0 } };
const notApplicable = { id: 'redirects', title: 'Avoid multiple page redirects', score: null, scoreDisplayMode: 'notApplicable' };

const timeline = runFigures(lhr(0.254, { fcp: 1800, lcp: 6200, tbt: 2410.4, cls: 0.0123, tti: 9000, dom: 42_000 }, [passed, unusedJs, bootup, notApplicable]));
const figures = (score: number, fcp: number, tti: number): RunFigures => ({ ...timeline, score, fcpMs: fcp, ttiMs: tti });

describe('Lighthouse figures', () => {
  it('reads the score out of 100, the metrics, the DOM size, and the failed diagnostics by estimated savings', () => {
    expect(timeline).toMatchObject({ score: 25, fcpMs: 1800, lcpMs: 6200, tbtMs: 2410.4, cls: 0.0123, ttiMs: 9000, domElements: 42_000, benchmarkIndex: 812.5 });
    // Passed and not-applicable audits are left out; the most saving first, then the lowest score.
    expect(timeline.costs.map((cost) => [cost.id, cost.savingsMs])).toEqual([
      ['bootup-time', 1200],
      ['unused-javascript', 450],
      ['dom-size', 0],
    ]);
  });

  it('says which page Lighthouse could not measure, and why', () => {
    const failed = { ...lhr(null, { fcp: 0, lcp: 0, tbt: 0, cls: 0, tti: 0, dom: 0 }), runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } };
    expect(() => runFigures(failed)).toThrow('Lighthouse could not measure http://127.0.0.1:4000/timeline/ (NO_FCP: The page did not paint any content.)');
  });

  it('takes the run nearest the median FCP and time to interactive, as Lighthouse does, whole', () => {
    const runs = [figures(70, 1000, 5000), figures(95, 900, 3000), figures(88, 1100, 4100)];
    // Medians: FCP 1000 ms, TTI 4100 ms. The run with score 88 is 100 ms off on FCP only.
    expect(medianRun(runs).score).toBe(88);
    expect(medianRun([runs[1]!]).score).toBe(95);
    // With two runs the medians fall between them; a tie goes to the quicker TTI.
    expect(medianRun([figures(60, 1000, 6000), figures(80, 1200, 5800)]).score).toBe(80);
    expect(() => medianRun([])).toThrow('no Lighthouse runs to take the median of');
  });
});

describe('Lighthouse report', () => {
  const home: PageResult = { page: 'home', path: '/', runs: 1, figures: { ...timeline, score: 96, lcpMs: 1460, tbtMs: 90, cls: 0, domElements: 812, costs: [] } };
  const slow: PageResult = { page: 'timeline', path: '/timeline/', runs: 1, figures: timeline };
  const broken: PageResult = { page: '404', path: '/no-such-page/', runs: 1, figures: { error: 'Lighthouse could not measure the page (NO_FCP: no paint)' } };

  it('prints a row per page with the score, LCP, TBT, CLS, FCP and DOM size', () => {
    expect(lighthouseTable([home, slow, broken]).split('\n')).toEqual([
      '| page | path | score | LCP | TBT | CLS | FCP | DOM elements |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| home | `/` | 96 | 1.5 s | 90 ms | 0.000 | 1.8 s | 812 |',
      '| timeline | `/timeline/` | 25 | 6.2 s | 2,410 ms | 0.012 | 1.8 s | 42,000 |',
      '| 404 | `/no-such-page/` | failed | – | – | – | – | – |',
    ]);
  });

  it('passes a page at 90 or more and says which are under, and what costs them most', () => {
    const atTarget: PageResult = { ...home, page: 'about', figures: { ...timeline, score: 90 } };
    expect(verdictLines([home, atTarget, slow, broken])).toEqual([
      'PASS: home scores 96 (≥ 90)',
      'PASS: about scores 90 (≥ 90)',
      'OVER: timeline scores 25 (under 90)',
      'FAILED: 404: Lighthouse could not measure the page (NO_FCP: no paint)',
    ]);
    expect(allPass([home, atTarget])).toBe(true);
    expect(allPass([home, slow])).toBe(false);
    expect(allPass([home, broken])).toBe(false);
    expect(costLines([home, slow], 90, 2)).toEqual([
      '- timeline (25): Reduce JavaScript execution time (2.4 s, saves ~1,200 ms); Reduce unused JavaScript (Est savings of 60 KiB, saves ~450 ms)',
    ]);
  });
});
