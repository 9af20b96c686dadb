/**
 * An entity with more entries than a page holds, in Chromium: its entries come 50 to a page,
 * reached by previous, next and the small timeline's years without reloading the page; before
 * the reader does anything the page prefetches no entry's data, only the About page's; an entry
 * is prefetched when the reader points at its link; and with the unused copy of each page's
 * route data gone from out/, every way of moving on (prefetched, not prefetched, back) still
 * works with no failed request.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { payloadPage } from '@/lib/bench/page-weights';
import { ENTITY_PAGE_SIZE, pageCount, yearsOnPages } from '@/lib/paging/list-pages';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const ENTITY = collection.getEntity('united-states')!;
const ENTRIES = collection.appearancesOf(ENTITY).map(({ entry }) => entry);
const PAGES = pageCount(ENTRIES.length, ENTITY_PAGE_SIZE);
const LIST = 'section[aria-labelledby="entries-heading"]';

/** A page at 1280 × 800 that records the route payloads it fetches and every failed response. */
async function openPage(path: string) {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const payloads: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => {
    if (payloadPage(request.url()) !== undefined) payloads.push(new URL(request.url()).pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // A prefetch cancelled because the reader moved on is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()}`);
  });
  await page.goto(`${chromium.url}${path}`);
  await hydrated(page);
  return { page, payloads, failures, close: () => context.close() };
}

/** Marks the window, so a later check tells a client-side navigation from a page load. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { stayed: true }));
const stayed = (page: Page) => page.evaluate(() => 'stayed' in window);

describe('an entity with more entries than a page holds', () => {
  it('lists them 50 to a page, with previous, next and the small timeline\'s years, without reloading', async () => {
    expect(PAGES).toBeGreaterThan(1);
    const { page, failures, close } = await openPage(ENTITY.url);
    const position = page.getByTestId('list-position');
    expect(await position.textContent()).toBe(`Page 1 of ${PAGES}: entries 1 to ${ENTITY_PAGE_SIZE}, oldest first`);
    expect(await page.locator(`${LIST} ol > li`).count()).toBe(ENTITY_PAGE_SIZE);
    await mark(page);

    const pager = page.getByRole('navigation', { name: `Pages of ${ENTITY.name}'s entries` });
    await Promise.all([page.waitForURL((url) => url.pathname === `${ENTITY.url}page/2/`), pager.getByRole('link', { name: 'Next' }).click()]);
    await position.filter({ hasText: `Page 2 of ${PAGES}` }).waitFor();
    expect(await page.locator(`${LIST} ol > li`).first().textContent()).toContain(ENTRIES[ENTITY_PAGE_SIZE]!.title);
    expect(await pager.locator('[aria-current="page"]').textContent()).toBe('Page 2');

    await Promise.all([page.waitForURL((url) => url.pathname === ENTITY.url), pager.getByRole('link', { name: 'Previous' }).click()]);
    await position.filter({ hasText: `Page 1 of ${PAGES}` }).waitFor();

    // A year whose entries start on page 2: the small timeline links to where it starts.
    const year = yearsOnPages(ENTRIES.map((entry) => entry.date), ENTITY_PAGE_SIZE).find((y) => y.page === 2)!;
    const strip = page.getByTestId('entity-timeline');
    await Promise.all([
      page.waitForURL((url) => url.pathname === `${ENTITY.url}page/2/` && url.hash === `#entries-${year.year}`),
      strip.getByRole('link', { name: `${year.count} entries` }).first().click(),
    ]);
    await page.locator(`#entries-${year.year}`).waitFor();
    expect(await page.locator(`#entries-${year.year} time`).first().getAttribute('datetime')).toMatch(new RegExp(`^${year.year}`));
    expect(await stayed(page)).toBe(true);
    expect(failures).toEqual([]);
    await close();
  });

  it('prefetches no page before the reader points at one, then only that one, and moves on with no failed request', async () => {
    const { page, payloads, failures, close } = await openPage(ENTITY.url);
    // The header's About link is prefetched as soon as the page is idle: by then the links on
    // screen (50 entries, the years, the pager, the header) have had their turn.
    // It may come before the page is hydrated, so look in what was already requested.
    await expect.poll(() => payloads.some((path) => payloadPage(`http://x${path}`) === '/about/'), { timeout: 30_000 }).toBe(true);
    // Entry pages are plain links (they load no React): no route data is fetched for them at all.
    const entryLink = page.locator(`${LIST} ol > li a`).first();
    expect(await entryLink.getAttribute('href')).toMatch(/^\/entries\//);
    const pager = page.getByRole('navigation', { name: `Pages of ${ENTITY.name}'s entries` });
    const next = pager.getByRole('link', { name: 'Next' });
    const href = (await next.getAttribute('href'))!;
    const nextData = page.waitForResponse((response) => payloadPage(response.url()) === href && response.url().includes('__PAGE__'));
    await next.hover();
    await nextData;

    const pages = new Set(payloads.map((path) => payloadPage(`http://x${path}`)));
    expect([...pages].filter((target) => !['/about/', '/data/', href].includes(target!))).toEqual([]);
    // The route tree and page data of About, of Data where the footer is on screen, and of the
    // hovered page, plus the layout they share once: seven files at most.
    expect(payloads.length).toBeLessThanOrEqual(7);

    // The click uses what was prefetched: no further request for that page's data.
    await mark(page);
    const before = payloads.length;
    await Promise.all([page.waitForURL((url) => url.pathname === href), next.click()]);
    await page.getByTestId('list-position').filter({ hasText: `Page 2 of ${PAGES}` }).waitFor();
    expect(payloads.slice(before).filter((path) => path.startsWith(href))).toEqual([]);

    // A link that never prefetches (the timeline) loads the page's index.txt on click; back returns.
    await Promise.all([page.waitForURL((url) => url.pathname === '/timeline/'), page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click()]);
    await page.locator('h1').filter({ hasText: 'Timeline' }).waitFor();
    expect(payloads).toContain('/timeline/index.txt');
    await page.goBack();
    await page.getByTestId('list-position').filter({ hasText: `Page 2 of ${PAGES}` }).waitFor();
    expect(await stayed(page)).toBe(true);

    // An entry opens as a whole page, with no failed request.
    const entry = page.locator(`${LIST} ol > li a`).first();
    const entryHref = (await entry.getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.pathname === entryHref), entry.click()]);
    await page.locator('h1').waitFor();
    expect(failures).toEqual([]);
    await close();
  });
});
