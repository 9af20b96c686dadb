/**
 * `npm run bench:pages`: loads each page type of the built site in out/ cold (a fresh browser
 * context, empty cache) in Chromium at 1280 × 800, waits until the page is hydrated and the
 * network has been quiet for 2 s (so Next's prefetches count), and records every response:
 * the number of requests and the bytes gzipped of HTML, CSS, JS and the rest. Prints a table, the budgets and
 * whether they hold, and writes the same to bench/pages.md. Exits 1 when a budget is over.
 * Run `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { budgetLines, checkBudgets, gzipSize, pageWeight, weightTable, type LoadedResource, type PageWeight } from '../lib/bench/page-weights';
import { createStaticServer } from '../lib/static-server';

const OUT = path.join(process.cwd(), 'out');
if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('out/ has no built site: run `npm run build` first');
  process.exit(1);
}

const htmlSize = (page: string) => statSync(path.join(OUT, page, 'index.html')).size;

/** Entry pages by size of their HTML: the largest and the median, so both ends are seen. */
function entryPages(): { page: string; path: string }[] {
  const slugs = readdirSync(path.join(OUT, 'entries')).filter((slug) => existsSync(path.join(OUT, 'entries', slug, 'index.html')));
  const bySize = slugs.sort((a, b) => htmlSize(`entries/${b}`) - htmlSize(`entries/${a}`));
  return [
    { page: 'entry (largest)', path: `/entries/${bySize[0]}/` },
    { page: 'entry (median)', path: `/entries/${bySize[Math.floor(bySize.length / 2)]}/` },
  ];
}

/** The largest timeline year page (a year's first page, or a later page of a full year). */
function timelineYearPage(): { page: string; path: string }[] {
  const years = readdirSync(path.join(OUT, 'timeline')).filter((year) => /^\d{4}$/.test(year));
  const pages = years.flatMap((year) => [`timeline/${year}`, ...readdirSync(path.join(OUT, 'timeline', year)).filter((n) => /^\d+$/.test(n)).map((n) => `timeline/${year}/${n}`)]);
  const largest = pages.sort((a, b) => htmlSize(b) - htmlSize(a))[0];
  return largest ? [{ page: 'timeline year (largest)', path: `/${largest}/` }] : [];
}

const entitiesFile = z.object({ entities: z.array(z.object({ slug: z.string(), category: z.string() })) });

/** For each category of entity, its largest page. */
function entityPages(): { page: string; path: string }[] {
  const { entities } = entitiesFile.parse(JSON.parse(readFileSync(path.join(OUT, 'data', 'entities.json'), 'utf8')));
  const largest = new Map<string, string>();
  for (const entity of entities) {
    const current = largest.get(entity.category);
    if (!current || htmlSize(`entities/${entity.slug}`) > htmlSize(`entities/${current}`)) largest.set(entity.category, entity.slug);
  }
  return [...largest].sort().map(([category, slug]) => ({ page: `entity (${category})`, path: `/entities/${slug}/` }));
}

const PAGES = [
  { page: 'home', path: '/' },
  { page: 'timeline', path: '/timeline/' },
  { page: 'timeline with a filter', path: '/timeline/?actor=amazon' },
  ...timelineYearPage(),
  { page: 'status on a date', path: '/status/?date=2020-06-30' },
  { page: 'search with results', path: '/search/?q=amazon' },
  ...entryPages(),
  ...entityPages(),
  { page: 'coverage', path: '/coverage/' },
  { page: 'data', path: '/data/' },
  { page: 'about', path: '/about/' },
  { page: '404', path: '/no-such-page/' },
];

const server = createStaticServer(OUT);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();

const weights: PageWeight[] = [];
try {
  for (const { page, path: pagePath } of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const pending: Promise<LoadedResource>[] = [];
    // Requests in flight and the time of the last start or end, to know when the page is done.
    let inFlight = 0;
    let lastActivity = performance.now();
    const started = () => ((inFlight += 1), (lastActivity = performance.now()));
    const ended = () => ((inFlight -= 1), (lastActivity = performance.now()));
    tab.on('request', started);
    tab.on('requestfinished', ended);
    tab.on('requestfailed', ended);
    /**
     * Next prefetches the links on screen when the browser is idle, after hydration, so the load
     * is over only after 2 s with no request in flight (a benchmark's wait, not a test's).
     */
    const quiet = async () => {
      const deadline = performance.now() + 60_000;
      while (inFlight > 0 || performance.now() - lastActivity < 2000) {
        if (performance.now() > deadline) throw new Error(`${pagePath}: the network did not go quiet within 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    tab.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => gzipSize(body))
          .catch(() => 0)
          .then((gzBytes) => ({ url: response.url(), contentType: response.headers()['content-type'] ?? '', gzBytes })),
      );
    });
    await tab.goto(`${base}${pagePath}`);
    await tab.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await quiet();
    weights.push(pageWeight(page, pagePath, await Promise.all(pending)));
    await context.close();
    console.error(`measured ${page}`);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const results = checkBudgets(weights);
const report = [
  '# Page weights',
  '',
  `Measured with \`npm run bench:pages\` on ${new Date().toISOString().slice(0, 10)} (Chromium ${chromiumVersion}, 1280 × 800, cold cache):`,
  'bytes gzipped (level 9) as a compressing host would send them; "other" is mostly the route payloads (`.txt`) Next prefetches for links on screen.',
  '',
  weightTable(weights),
  '',
  'Budgets:',
  '',
  ...budgetLines(results).map((line) => `- ${line}`),
  '',
  'JS files per page:',
  '',
  ...weights.map((w) => `- ${w.page}: ${w.scripts.map((s) => `\`${path.basename(s)}\``).join(', ')}`),
  '',
].join('\n');
console.log(report);
mkdirSync('bench', { recursive: true });
writeFileSync(path.join('bench', 'pages.md'), report);
if (results.some((r) => !r.holds)) process.exitCode = 1;
