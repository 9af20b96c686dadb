/**
 * An entity with more entries than a page holds, in Chromium: its entries come 50 to a page,
 * reached by previous, next, the page numbers and the small timeline's years. Entity pages are
 * built without React's runtime (pages/entities/[slug]/[[...page]].tsx): each of those moves opens
 * a whole page that requests no script file and no route data, and nothing fails on the way,
 * back included.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENTITY_PAGE_SIZE, pageCount, yearsOnPages } from '@/lib/paging/list-pages';
import { SITE } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const ENTITY = collection.getEntity('united-states')!;
const ENTRIES = collection.appearancesOf(ENTITY).map(({ entry }) => entry);
const PAGES = pageCount(ENTRIES.length, ENTITY_PAGE_SIZE);
const LIST = 'section[aria-labelledby="entries-heading"]';

/** What the browser asks for beyond the page, the stylesheet and the icon: scripts and route data. */
const extra = (path: string) => path.endsWith('.js') || path.endsWith('.txt') || path.startsWith('/_next/data/') || path.startsWith('/search-index/');

/** A page at 1280 × 800 that records every request's path and every failed response. */
async function openPage(path: string) {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  const requested: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // A request cancelled because the reader moved on is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()}`);
  });
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`${chromium.url}${path}`);
  await hydrated(page);
  return { page, requested, failures, close: () => context.close() };
}

/** Follows a link and waits for the new page to be ready. */
async function follow(page: Page, link: Locator, pathname: string, hash = '') {
  await Promise.all([page.waitForURL((url) => url.pathname === pathname && url.hash === hash), link.click()]);
  await hydrated(page);
}

describe('an entity with more entries than a page holds', () => {
  it('lists them 50 to a page, with previous, next, the page numbers and the small timeline\'s years', async () => {
    expect(PAGES).toBeGreaterThan(1);
    const { page, failures, close } = await openPage(ENTITY.url);
    const position = page.getByTestId('list-position');
    expect(await position.textContent()).toBe(`Page 1 of ${PAGES}: entries 1 to ${ENTITY_PAGE_SIZE}, oldest first`);
    expect(await page.locator(`${LIST} ol > li`).count()).toBe(ENTITY_PAGE_SIZE);

    const pager = page.getByRole('navigation', { name: `Pages of ${ENTITY.name}'s entries` });
    await follow(page, pager.getByRole('link', { name: 'Next' }), `${ENTITY.url}page/2/`);
    expect(await position.textContent()).toBe(`Page 2 of ${PAGES}: entries ${ENTITY_PAGE_SIZE + 1} to ${Math.min(2 * ENTITY_PAGE_SIZE, ENTRIES.length)}, oldest first`);
    expect(await page.locator(`${LIST} ol > li`).first().textContent()).toContain(ENTRIES[ENTITY_PAGE_SIZE]!.title);
    expect(await pager.locator('[aria-current="page"]').textContent()).toBe('Page 2');
    expect(await page.title()).toBe(`${ENTITY.name}: entries, page 2 of ${PAGES} · ${SITE.shortName}`);

    await follow(page, pager.getByRole('link', { name: 'Previous' }), ENTITY.url);
    expect(await position.textContent()).toContain(`Page 1 of ${PAGES}`);
    await follow(page, pager.getByRole('link', { name: `Page ${PAGES}`, exact: true }), `${ENTITY.url}page/${PAGES}/`);
    expect(await pager.locator('[aria-current="page"]').textContent()).toBe(`Page ${PAGES}`);
    expect(await pager.getByRole('link', { name: 'Next' }).count()).toBe(0);
    await page.goBack();
    await position.filter({ hasText: `Page 1 of ${PAGES}` }).waitFor();

    // A year whose entries start on page 2: the small timeline links to where it starts.
    const year = yearsOnPages(ENTRIES.map((entry) => entry.date), ENTITY_PAGE_SIZE).find((y) => y.page === 2)!;
    const strip = page.getByTestId('entity-timeline');
    await follow(page, strip.getByRole('link', { name: `${year.count} entries` }).first(), `${ENTITY.url}page/2/`, `#entries-${year.year}`);
    expect(await page.locator(`#entries-${year.year} time`).first().getAttribute('datetime')).toMatch(new RegExp(`^${year.year}`));
    expect(failures).toEqual([]);
    await close();
  });

  it('requests no script and no route data, on its first page, a later page or the way between them', async () => {
    const { page, requested, failures, close } = await openPage(ENTITY.url);
    expect(requested.filter(extra)).toEqual([]);
    expect(await page.locator('script[src]').count()).toBe(0);
    // Pointing at links prefetches nothing: they are plain links.
    const pager = page.getByRole('navigation', { name: `Pages of ${ENTITY.name}'s entries` });
    await pager.getByRole('link', { name: 'Next' }).hover();
    await page.locator(`${LIST} ol > li a`).first().hover();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).hover();
    await follow(page, pager.getByRole('link', { name: 'Next' }), `${ENTITY.url}page/2/`);
    expect(await page.locator('script[src]').count()).toBe(0);

    // An entry opens as a whole page.
    const entry = page.locator(`${LIST} ol > li a`).first();
    const entryHref = (await entry.getAttribute('href'))!;
    expect(entryHref).toMatch(/^\/entries\//);
    await Promise.all([page.waitForURL((url) => url.pathname === entryHref), entry.click()]);
    await page.locator('h1').waitFor();
    expect(requested.filter(extra)).toEqual([]);
    expect(failures).toEqual([]);
    await close();
  });

  it('keeps the theme button and the header search working without React', async () => {
    const { page, failures, close } = await openPage('/entities/amazon/');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);

    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('rekognition');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('rekognition');
    await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
    expect(failures).toEqual([]);
    await close();
  });
});
