/**
 * The page types the page benchmarks load (`bench:pages`, `bench:lighthouse`), found in a built
 * site folder: the fixed pages, the largest timeline year page, the largest and the median entry page, and the largest entity
 * page of each category, and the largest second page of an entity's entries.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface BenchPage {
  /** The page type: `entry (median)`, `entity (company)`, `404`… */
  page: string;
  /** The path to load, query included. */
  path: string;
}

const entitiesFile = z.object({ entities: z.array(z.object({ slug: z.string(), category: z.string() })) });

/** Every page type of the site built in `outDir`, in the order the benchmarks report them. */
export function benchPages(outDir: string): BenchPage[] {
  const htmlSize = (page: string) => statSync(path.join(outDir, page, 'index.html')).size;

  // Entry pages by size of their HTML: the largest and the median, so both ends are seen.
  const slugs = readdirSync(path.join(outDir, 'entries')).filter((slug) => existsSync(path.join(outDir, 'entries', slug, 'index.html')));
  const bySize = slugs.sort((a, b) => htmlSize(`entries/${b}`) - htmlSize(`entries/${a}`));
  const entries = [
    { page: 'entry (largest)', path: `/entries/${bySize[0]}/` },
    { page: 'entry (median)', path: `/entries/${bySize[Math.floor(bySize.length / 2)]}/` },
  ];

  // For each category of entity, its largest page.
  const { entities } = entitiesFile.parse(JSON.parse(readFileSync(path.join(outDir, 'data', 'entities.json'), 'utf8')));
  const largest = new Map<string, string>();
  for (const entity of entities) {
    const current = largest.get(entity.category);
    if (!current || htmlSize(`entities/${entity.slug}`) > htmlSize(`entities/${current}`)) largest.set(entity.category, entity.slug);
  }
  const entityPages = [...largest].sort().map(([category, slug]) => ({ page: `entity (${category})`, path: `/entities/${slug}/` }));
  // A second page of an entity's entries, when an entity has one (the largest such).
  const paged = entities.filter((entity) => existsSync(path.join(outDir, 'entities', entity.slug, 'page', '2', 'index.html')));
  const [second] = paged.sort((a, b) => htmlSize(`entities/${b.slug}/page/2`) - htmlSize(`entities/${a.slug}/page/2`));
  if (second) entityPages.push({ page: 'entity, page 2 of its entries', path: `/entities/${second.slug}/page/2/` });

  // The largest timeline year page (a year's first page, or a later page of a full year).
  const years = readdirSync(path.join(outDir, 'timeline')).filter((year) => /^\d{4}$/.test(year));
  const yearPages = years.flatMap((year) => [
    `timeline/${year}`,
    ...readdirSync(path.join(outDir, 'timeline', year)).filter((n) => /^\d+$/.test(n)).map((n) => `timeline/${year}/${n}`),
  ]);
  const largestYear = yearPages.sort((a, b) => htmlSize(b) - htmlSize(a))[0];

  return [
    { page: 'home', path: '/' },
    { page: 'timeline', path: '/timeline/' },
    { page: 'timeline with a filter', path: '/timeline/?actor=amazon' },
    ...(largestYear ? [{ page: 'timeline year (largest)', path: `/${largestYear}/` }] : []),
    { page: 'status', path: '/status/' },
    { page: 'status on a date', path: '/status/?date=2020-06-30' },
    { page: 'search with results', path: '/search/?q=amazon' },
    ...entries,
    ...entityPages,
    { page: 'coverage', path: '/coverage/' },
    { page: 'data', path: '/data/' },
    { page: 'about', path: '/about/' },
    { page: '404', path: '/no-such-page/' },
  ];
}
