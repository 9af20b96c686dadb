/**
 * Page weights for `npm run bench:pages`: what a cold load of each page type downloads, sorted
 * into HTML, CSS, JS and other (route payloads `.txt` that Next prefetches, the icon, data), in
 * bytes gzipped as a compressing host would send them; the budgets; the printed table.
 */
import { gzipSync } from 'node:zlib';
import { kilobytes } from './stats';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

/** One response the browser received while loading a page. */
export interface LoadedResource {
  url: string;
  contentType: string;
  /** The body's size gzipped (level 9); 0 for a body the browser did not keep (a redirect). */
  gzBytes: number;
}

export interface PageWeight {
  /** The page type: `entry`, `entity (company)`, `404`… */
  page: string;
  /** The path loaded, query included. */
  path: string;
  requests: number;
  bytes: Record<ResourceKind, number>;
  /** The route payloads (`.txt`) fetched for other pages than this one: Next's prefetches. */
  prefetch: { bytes: number; requests: number };
  /** The JS files loaded, by path, for finding what a page should not load. */
  scripts: string[];
}

/** A page type's budget: at most `maxJsBytes` of JS, gzipped, on a cold load. */
export interface Budget {
  /** Page types the budget applies to: those whose name starts with this. */
  pagePrefix: string;
  maxJsBytes: number;
}

/** Issue 14: entry pages load at most 130 KB of JS gzipped. */
export const BUDGETS: readonly Budget[] = [{ pagePrefix: 'entry', maxJsBytes: 130 * 1024 }];

/** Issue 15: no page prefetches more than 100 KB gzipped of other pages' route payloads. */
export const MAX_PREFETCH_BYTES = 100 * 1024;

export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

export function resourceKind(url: string, contentType: string): ResourceKind {
  const type = contentType.toLowerCase();
  const pathname = new URL(url).pathname;
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('text/css') || pathname.endsWith('.css')) return 'css';
  if (type.includes('javascript') || pathname.endsWith('.js')) return 'js';
  return 'other';
}

/**
 * The page a route payload belongs to: `/entries/x/` for `/entries/x/__next.entries.$d$slug.txt`
 * or `/entries/x/index.txt`; undefined for any other file. (In a static export Next fetches a
 * page's payloads from files in the page's own folder.)
 */
export function payloadPage(url: string): string | undefined {
  const pathname = new URL(url).pathname;
  const match = /^(.*\/)(?:index|__next\.[^/]*)\.txt$/.exec(pathname);
  return match?.[1];
}

export function pageWeight(page: string, path: string, resources: readonly LoadedResource[]): PageWeight {
  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, other: 0 };
  const prefetch = { bytes: 0, requests: 0 };
  const scripts: string[] = [];
  const own = new URL(path, 'http://x').pathname;
  for (const resource of resources) {
    const kind = resourceKind(resource.url, resource.contentType);
    bytes[kind] += resource.gzBytes;
    if (kind === 'js') scripts.push(new URL(resource.url).pathname);
    const target = payloadPage(resource.url);
    if (target !== undefined && target !== own) {
      prefetch.bytes += resource.gzBytes;
      prefetch.requests += 1;
    }
  }
  return { page, path, requests: resources.length, bytes, prefetch, scripts };
}

export interface BudgetResult {
  page: string;
  jsBytes: number;
  maxJsBytes: number;
  holds: boolean;
}

export function checkBudgets(weights: readonly PageWeight[], budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.flatMap((budget) =>
    weights
      .filter((weight) => weight.page.startsWith(budget.pagePrefix))
      .map((weight) => ({ page: weight.page, jsBytes: weight.bytes.js, maxJsBytes: budget.maxJsBytes, holds: weight.bytes.js <= budget.maxJsBytes })),
  );
}

/** The Markdown table the script prints and writes; "prefetched" is part of "other". */
export function weightTable(weights: readonly PageWeight[]): string {
  const total = (w: PageWeight) => w.bytes.html + w.bytes.css + w.bytes.js + w.bytes.other;
  return [
    '| page | path | HTML | CSS | JS | other | of which prefetched | total | requests |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...weights.map(
      (w) =>
        `| ${w.page} | \`${w.path}\` | ${kilobytes(w.bytes.html)} | ${kilobytes(w.bytes.css)} | ${kilobytes(w.bytes.js)} | ${kilobytes(w.bytes.other)} | ${kilobytes(w.prefetch.bytes)} in ${w.prefetch.requests} | ${kilobytes(total(w))} | ${w.requests} |`,
    ),
  ].join('\n');
}

export interface PrefetchResult {
  page: string;
  bytes: number;
  requests: number;
  holds: boolean;
}

/** Every page against the prefetch budget. */
export function checkPrefetch(weights: readonly PageWeight[], maxBytes = MAX_PREFETCH_BYTES): PrefetchResult[] {
  return weights.map((w) => ({ page: w.page, bytes: w.prefetch.bytes, requests: w.prefetch.requests, holds: w.prefetch.bytes <= maxBytes }));
}

export function prefetchLines(results: readonly PrefetchResult[], maxBytes = MAX_PREFETCH_BYTES): string[] {
  return results.map(
    (r) => `${r.holds ? 'holds' : 'OVER'}: ${r.page} prefetches ${kilobytes(r.bytes)} of route payloads gzipped in ${r.requests} files (budget ${kilobytes(maxBytes)})`,
  );
}

export function budgetLines(results: readonly BudgetResult[]): string[] {
  return results.map(
    (r) => `${r.holds ? 'holds' : 'OVER'}: ${r.page} loads ${kilobytes(r.jsBytes)} of JS gzipped (budget ${kilobytes(r.maxJsBytes)})`,
  );
}
