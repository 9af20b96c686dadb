/**
 * `npm run bench:lighthouse`: runs Lighthouse's mobile preset (performance only, its default
 * simulated throttling) on each page type of a built site, served gzipped as a host would, in
 * Debian's headless Chromium, and prints a table (score, LCP, TBT, CLS, FCP, DOM size), a
 * PASS/OVER line per page against the target (≥ 90), and for pages under it the diagnostics that
 * cost the most. Writes the same to bench/lighthouse.md. Exits 1 when a page is under 90 or could
 * not be measured.
 *
 * Options: `--runs N` (default 1: each page's figures are then the median run of N), `--site DIR`
 * (another built folder, such as a `bench:build` copy's `.bench/build-1000/out`; default `out`),
 * `--out FILE` (default bench/lighthouse.md), `--only "home,timeline"` (some page types only).
 * Lighthouse's own HTML report of each run goes to .bench/lighthouse/. Run `npm run build` first.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from '../lib/bench/chromium-debug';
import { createGzipProxy } from '../lib/bench/gzip-proxy';
import { medianRun, runFigures, type RunFigures } from '../lib/bench/lighthouse-figures';
import { allPass, costLines, lighthouseTable, MIN_SCORE, verdictLines, type PageResult } from '../lib/bench/lighthouse-report';
import { benchPages } from '../lib/bench/page-list';
import { createStaticServer } from '../lib/static-server';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    site: { type: 'string', default: 'out' },
    out: { type: 'string', default: 'bench/lighthouse.md' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  process.exit(1);
}
const SITE = path.resolve(values.site);
if (!existsSync(path.join(SITE, 'index.html'))) {
  console.error(`${values.site}/ has no built site: run \`npm run build\` first`);
  process.exit(1);
}
const only = values.only?.split(',').map((name) => name.trim());
const pages = benchPages(SITE).filter(({ page }) => !only || only.includes(page));
if (pages.length === 0) {
  console.error(`--only matches no page type; the page types are: ${benchPages(SITE).map(({ page }) => page).join(', ')}`);
  process.exit(1);
}

// The project's static server, behind a gzipping front as a real host would send the files.
const REPORTS = path.resolve('.bench', 'lighthouse');
mkdirSync(REPORTS, { recursive: true });

const server = createStaticServer(SITE);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const proxy = createGzipProxy((server.address() as AddressInfo).port);
await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
const chromium = await launchDebuggableChromium();
// Stopped with Ctrl-C or a signal: close the browser this script started rather than leave it running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void chromium.close().finally(() => process.exit(1)));
const loadAtStart = os.loadavg()[0]!;

const results: PageResult[] = [];
let lighthouseVersion = '';

/** The report on the pages measured so far; `finished` false marks a run still going. */
function report(done: readonly PageResult[], finished: boolean): string {
  const measured = done.flatMap((result) => ('error' in result.figures ? [] : [result.figures]));
  const warnings = [...new Set(done.flatMap((result) => ('error' in result.figures ? [] : result.figures.warnings.map((w) => `${result.page}: ${w}`))))];
  const benchmarkIndexes = measured.map((f) => Math.round(f.benchmarkIndex)).sort((a, b) => a - b);
  const cpu = os.cpus();
  const costs = costLines(done);
  return [
    '# Lighthouse',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:lighthouse${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` on \`${path.relative(process.cwd(), SITE) || '.'}/\`:`,
    `Lighthouse ${lighthouseVersion} mobile preset, performance only, simulated throttling; files served gzipped (level 9) as a host would; Chromium ${chromium.version}; ${runs === 1 ? 'one run per page' : `the median run of ${runs} per page`}.`,
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0]!.toFixed(1)} ${finished ? 'at the end' : 'now'}; Lighthouse's benchmark index (its measure of the CPU during the run; higher is faster) ${benchmarkIndexes[0] ?? '–'} to ${benchmarkIndexes.at(-1) ?? '–'}.`,
    ...(finished ? [] : ['', `**Unfinished: ${done.length} of ${pages.length} page types measured so far.**`]),
    '',
    lighthouseTable(done),
    '',
    `Target: a score of at least ${MIN_SCORE} on every page type (issue 15).`,
    '',
    ...verdictLines(done).map((line) => `- ${line}`),
    ...(costs.length > 0 ? ['', "What costs the most on the pages under the target (Lighthouse's failed diagnostics, largest estimated savings first):", '', ...costs] : []),
    ...(warnings.length > 0 ? ['', 'Lighthouse warned:', '', ...warnings.map((w) => `- ${w}`)] : []),
    '',
  ].join('\n');
}

/** One Lighthouse run of a page: its figures, and Lighthouse's HTML report kept in REPORTS. */
async function measureOnce(page: string, pagePath: string, run: number): Promise<RunFigures> {
  // No config: Lighthouse's default is the mobile preset (a Moto G Power's screen, slow 4G and a
  // 4× slower CPU, simulated from an unthrottled load). Storage and cache are reset per run. The
  // 404 page type is meant to answer 404, which Lighthouse otherwise refuses to measure.
  const flags = { port: chromium.port, onlyCategories: ['performance'], logLevel: 'error' as const, output: 'html' as const, ignoreStatusCode: page === '404' };
  const result = await lighthouse(`${base}${pagePath}`, flags);
  if (!result) throw new Error('Lighthouse returned no result');
  lighthouseVersion = result.lhr.lighthouseVersion;
  // Lighthouse's own report, to open in a browser for the details behind the figures.
  writeFileSync(path.join(REPORTS, `${page.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}-${run}.html`), String(result.report));
  return runFigures(result.lhr);
}

/** Written after each page too, so a long run that is stopped still leaves its figures. */
function writeReport(text: string): void {
  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  writeFileSync(path.resolve(values.out), text);
}

try {
  for (const { page, path: pagePath } of pages) {
    const figures: RunFigures[] = [];
    let error: string | undefined;
    for (let run = 1; run <= runs && error === undefined; run += 1) {
      // A busy machine can make Chromium miss one of Lighthouse's protocol deadlines: a run that
      // fails is tried once more before the page is reported as failed.
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        try {
          figures.push(await measureOnce(page, pagePath, run));
          console.error(`${page}: run ${run} of ${runs}: ${figures.at(-1)!.score}`);
          error = undefined;
          break;
        } catch (failure) {
          error = failure instanceof Error ? failure.message : String(failure);
          console.error(`${page}: run ${run}, attempt ${attempt} failed: ${error}`);
        }
      }
    }
    results.push({ page, path: pagePath, runs, figures: error === undefined ? medianRun(figures) : { error } });
    if (results.length < pages.length) writeReport(report(results, false));
  }
} finally {
  await chromium.close();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const text = report(results, true);
console.log(text);
writeReport(text);
console.error(`written to ${values.out}`);
if (!allPass(results)) process.exitCode = 1;
