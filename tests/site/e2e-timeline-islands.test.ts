/**
 * The timeline and its year pages as pages without React's runtime: only the islands' script
 * loads, the controls come alive with it, the long lists are plain HTML outside the islands, and
 * without JavaScript every list is there to read.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const total = collection.entries.length;
const latest = collection.entries.slice(-20).map((entry) => entry.slug);
const in2020 = collection.entries.filter((entry) => entry.date.startsWith('2020-'));

const shownSlugs = (page: Page) => page.locator('[data-testid="timeline-list"] li[data-slug]').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));
const countReads = (page: Page, text: string) => page.getByTestId('match-count').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();

/** Opens `path` and returns the paths of the scripts the page loaded, and its script errors (read them at the end). */
async function openRecordingScripts(page: Page, path: string): Promise<{ scripts: string[]; errors: string[] }> {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${chromium.url}${path}`);
  await hydrated(page);
  return { scripts, errors };
}

describe('timeline pages built with islands', () => {
  it('/timeline/ loads only the islands\' scripts, keeps its latest entries outside them, and its filters work', async () => {
    const page = await chromium.browser.newPage();
    const { scripts, errors } = await openRecordingScripts(page, '/timeline/');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.startsWith('/islands/'))).toEqual([]);
    // The latest entries are the page's HTML, not the island's: its props hold no entry. Nor do
    // they hold the filter form's hundreds of choices: the form is HTML too, which the island reads.
    expect(await page.locator('[data-island] li[data-slug]').count()).toBe(0);
    expect(await page.locator('[data-island="timeline-explorer"] form').count()).toBe(0);
    expect((await page.locator('[data-island="timeline-explorer"]').getAttribute('data-props'))!.length).toBeLessThan(4000);
    expect(await shownSlugs(page)).toEqual(latest);

    await page.getByRole('checkbox', { name: 'Research', exact: true }).check();
    await page.waitForFunction(() => window.location.search === '?kind=research');
    const research = collection.entries.filter((entry) => entry.kind === 'research').map((entry) => entry.slug);
    await countReads(page, `${research.length} of ${total} entries match`);
    // The matches replace the latest entries: one list on the page.
    expect(await shownSlugs(page)).toEqual(research);
    expect(await page.getByTestId('latest-note').count()).toBe(0);

    // Back in the browser's history clears the filter and brings the latest entries back.
    await page.goBack();
    await countReads(page, `All ${total} entries`);
    expect(await shownSlugs(page)).toEqual(latest);
    expect(await page.getByTestId('latest-note').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/timeline/ with a filter in its address never shows the latest entries, unless the filter is ignored', async () => {
    // Before the islands' script runs (here it is held back until the page has been read), the
    // page already holds the latest entries back.
    const context = await chromium.browser.newContext();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/islands/**', async (route) => {
      await held;
      await route.continue();
    });
    const bare = await context.newPage();
    // The module script being held back, the document never finishes loading: read it once the list is parsed.
    await bare.goto(`${chromium.url}/timeline/?actor=amazon`, { waitUntil: 'commit' });
    await bare.locator('[data-testid="timeline-list"] li[data-slug]').last().waitFor({ state: 'attached' });
    expect(await bare.getByTestId('latest-note').isVisible()).toBe(false);
    expect(await bare.locator('[data-testid="timeline-list"] li[data-slug]').filter({ visible: true }).count()).toBe(0);
    release();
    await bare.goto(`${chromium.url}/timeline/`);
    expect(await bare.getByTestId('latest-note').isVisible()).toBe(true);
    await context.close();

    // When the islands' script cannot load, nothing could list the matches: the latest entries come back.
    const broken = await chromium.browser.newContext();
    await broken.route('**/islands/**', (route) => route.abort());
    const failed = await broken.newPage();
    await failed.goto(`${chromium.url}/timeline/?actor=amazon`);
    await failed.getByTestId('latest-note').waitFor({ state: 'visible' });
    expect(await shownSlugs(failed)).toEqual(latest);
    await broken.close();

    // An address whose filter is ignored lists the latest entries after all.
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?actor=Not+A+Slug`);
    await hydrated(page);
    await page.getByText('Ignored in the address: actor=Not A Slug.').waitFor();
    await countReads(page, `All ${total} entries`);
    expect(await page.getByTestId('latest-note').isVisible()).toBe(true);
    expect(await shownSlugs(page)).toEqual(latest);
    await page.close();
  });

  it('a year page loads only the islands\' scripts, and clearing its filter brings back its rows and the pager\'s plain links', async () => {
    const page = await chromium.browser.newPage();
    const { scripts, errors } = await openRecordingScripts(page, '/timeline/2020/?kind=legislation');
    expect(scripts.filter((path) => !path.startsWith('/islands/'))).toEqual([]);
    const legislation = in2020.filter((entry) => entry.kind === 'legislation').map((entry) => entry.slug);
    await countReads(page, `${legislation.length} of ${in2020.length} entries in 2020 match`);
    expect(await shownSlugs(page)).toEqual(legislation);
    // The pager at the foot is an island of its own: it keeps the filter too.
    const previous = page.getByRole('link', { name: '← 2019' });
    expect(await previous.getAttribute('href')).toBe('/timeline/2019/?kind=legislation');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await countReads(page, `${in2020.length} entries in 2020`);
    expect(new URL(page.url()).search).toBe('');
    expect(await shownSlugs(page)).toEqual(in2020.map((entry) => entry.slug));
    expect(await page.locator('[data-island] li[data-slug]').count()).toBe(0);
    await page.waitForFunction(() => document.querySelector('a[rel="prev"]')?.getAttribute('href') === '/timeline/2019/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, /timeline/ shows its filters and latest entries, and a year page with a filter in its address lists the whole year', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/timeline/`);
    expect(await page.getByRole('form', { name: 'Filter the timeline' }).isVisible()).toBe(true);
    expect(await page.getByTestId('latest-note').textContent()).toBe('The latest 20 entries; every year\'s page lists all of its entries.');
    expect(await shownSlugs(page)).toEqual(latest);
    const first = collection.entries.at(-1)!;
    expect(await page.getByRole('link', { name: first.title, exact: true }).first().isVisible()).toBe(true);

    // With a filter in the address, /timeline/ cannot filter without JavaScript: it lists the latest entries.
    await page.goto(`${chromium.url}/timeline/?actor=amazon`);
    expect(await page.getByTestId('latest-note').isVisible()).toBe(true);
    expect(await shownSlugs(page)).toEqual(latest);

    await page.goto(`${chromium.url}/timeline/2020/?kind=legislation`);
    expect(await page.getByTestId('match-count').textContent()).toBe(`${in2020.length} entries in 2020`);
    expect(await shownSlugs(page)).toEqual(in2020.map((entry) => entry.slug));
    expect(await page.getByRole('link', { name: '2021 →' }).getAttribute('href')).toBe('/timeline/2021/');
    await context.close();
  });
});
