/**
 * The figures `npm run bench:lighthouse` reads from a Lighthouse result (its JSON report, read
 * through a schema of the few fields used): the performance score, the metrics, the DOM size and
 * what Lighthouse says costs the most; and the median of several runs, chosen as Lighthouse does.
 */
import { z } from 'zod';

/** A diagnostic or opportunity that failed, with what Lighthouse estimates fixing it would save. */
export interface Cost {
  id: string;
  title: string;
  /** Lighthouse's own summary: `Potential savings of 120 KiB`, `1,203 elements`, `2.4 s`… */
  displayValue: string;
  /** Estimated savings in ms of FCP, LCP and TBT together (0 when Lighthouse gives none). */
  savingsMs: number;
  score: number;
}

export interface RunFigures {
  /** The performance score, 0 to 100, as Lighthouse shows it. */
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Time to interactive: with FCP, what Lighthouse's median run is chosen by. */
  ttiMs: number;
  /** Elements in the page's DOM. */
  domElements: number;
  /** Failed diagnostics and opportunities, the largest estimated savings first. */
  costs: Cost[];
  /** Lighthouse's measure of the machine's speed during the run (lower is slower; under 1,000 it warns). */
  benchmarkIndex: number;
  /** Lighthouse's warnings about the run (a page that redirected, a slow machine…). */
  warnings: string[];
}

const audit = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number().nullable(),
  scoreDisplayMode: z.string(),
  numericValue: z.number().optional(),
  displayValue: z.string().optional(),
  metricSavings: z.record(z.string(), z.number().optional()).optional(),
});

const lighthouseResult = z.object({
  requestedUrl: z.string().optional(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  runWarnings: z.array(z.string()),
  environment: z.object({ benchmarkIndex: z.number() }),
  categories: z.object({
    performance: z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string(), group: z.string().optional() })) }),
  }),
  audits: z.record(z.string(), audit),
});

/** Audits that carry a score but say nothing failed or cannot be acted on. */
const UNSCORED = new Set(['notApplicable', 'manual', 'error']);

/** The figures of one Lighthouse result (`runnerResult.lhr`); throws when the run failed. */
export function runFigures(lhr: unknown): RunFigures {
  const result = lighthouseResult.parse(lhr);
  const { score, auditRefs } = result.categories.performance;
  if (score === null || result.runtimeError) {
    const why = result.runtimeError ? `${result.runtimeError.code}: ${result.runtimeError.message}` : 'no performance score';
    throw new Error(`Lighthouse could not measure ${result.requestedUrl ?? 'the page'} (${why})`);
  }
  const numeric = (id: string): number => {
    const value = result.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`the Lighthouse result has no value for ${id}`);
    return value;
  };
  const costs: Cost[] = auditRefs
    .filter((ref) => ref.group === 'diagnostics')
    .flatMap((ref) => {
      const found = result.audits[ref.id];
      if (!found || found.score === null || found.score >= 0.9 || UNSCORED.has(found.scoreDisplayMode)) return [];
      const savings = found.metricSavings ?? {};
      const savingsMs = (savings.FCP ?? 0) + (savings.LCP ?? 0) + (savings.TBT ?? 0);
      return [{ id: found.id, title: found.title, displayValue: found.displayValue ?? '', savingsMs, score: found.score }];
    })
    .sort((a, b) => b.savingsMs - a.savingsMs || a.score - b.score);
  return {
    score: Math.round(score * 100),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    ttiMs: numeric('interactive'),
    domElements: numeric('dom-size'),
    costs,
    benchmarkIndex: result.environment.benchmarkIndex,
    warnings: result.runWarnings,
  };
}

const middle = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
};

/**
 * The median run, chosen as Lighthouse's own `computeMedianRun` does: the run nearest the
 * median FCP and median time to interactive, ties to the quicker TTI. One whole run, so its
 * score and metrics belong together (a median of each figure apart could mix runs).
 */
export function medianRun(runs: readonly RunFigures[]): RunFigures {
  if (runs.length === 0) throw new Error('no Lighthouse runs to take the median of');
  const fcp = middle(runs.map((run) => run.fcpMs));
  const tti = middle(runs.map((run) => run.ttiMs));
  const distance = (run: RunFigures) => (run.fcpMs - fcp) ** 2 + (run.ttiMs - tti) ** 2;
  return [...runs].sort((a, b) => distance(a) - distance(b) || a.ttiMs - b.ttiMs)[0]!;
}
