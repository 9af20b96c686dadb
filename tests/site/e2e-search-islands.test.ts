/**
 * The search page built without React's runtime, in real Chromium: it loads only the islands'
 * scripts, starts loading the engine and the index from its head when the address holds a query,
 * its controls work once hydrated, and without JavaScript it still says what to do.
 */
import { describe, expect, it } from 'vitest';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();

describe('the search page, an island', () => {
  it('loads no script of Next, only the islands\' scripts, and preloads the engine, meta.json and the words\' shards once for a query', async () => {
    const page = await chromium.browser.newPage();
    const scripts: string[] = [];
    const metaRequests: string[] = [];
    const shardRequests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) scripts.push(pathname);
      if (pathname.endsWith('/search-index/meta.json')) metaRequests.push(pathname);
      if (/\/search-index\/(first|body)-/.test(pathname)) shardRequests.push(pathname);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${chromium.url}/search/?q=amazon`);
    await hydrated(page);
    await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();

    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => !script.startsWith('/islands/'))).toEqual([]);
    // The head asked for the engine's code and the index's first file before any script ran…
    const preloads = await page.locator('head link[rel=modulepreload], head link[rel=preload]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(preloads).toContain('/search-index/meta.json');
    expect(preloads).toEqual(expect.arrayContaining(['/search-index/first-am.json', '/search-index/body-am.json']));
    expect(preloads.filter((href) => href.startsWith('/islands/chunk-')).length).toBeGreaterThan(0);
    // …and the engine used that very response: one request, not a second fetch.
    expect(metaRequests).toEqual(['/search-index/meta.json']);
    expect(shardRequests.sort()).toEqual(['/search-index/body-am.json', '/search-index/first-am.json']);
    expect(await page.locator('#search-page-q').inputValue()).toBe('amazon');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('preloads nothing of the index when the address holds no query', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/search/`);
    await hydrated(page);
    // The islands' own chunks are preloaded beside their script in the body; the head adds nothing.
    expect(await page.locator('head link[rel=modulepreload]').count()).toBe(0);
    expect(await page.locator('link[href*="/search-index/"]').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Search results' }).count()).toBe(0);
    await page.close();
  });

  it('searches what is typed in its box, sorts by date, and goes back with the browser', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/search/`);
    await hydrated(page);
    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    await box.fill('clearview');
    await box.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'clearview');
    await page.getByTestId('result-count').filter({ hasText: /results? for “clearview”/ }).waitFor();

    const results = page.getByRole('list', { name: 'Search results' });
    await page.getByRole('combobox', { name: /^Sort by/ }).selectOption('date');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('sort') === 'date');
    // Newest first: the years shown never rise down the list.
    await expect
      .poll(async () => {
        const years = await results.locator('time').evaluateAll((times) => times.map((time) => (time.getAttribute('datetime') ?? '').slice(0, 4)));
        return years.length > 1 && years.every((year, i) => i === 0 || year <= years[i - 1]!);
      })
      .toBe(true);

    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('sort=date'));
    expect(await page.getByRole('combobox', { name: /^Sort by/ }).inputValue()).toBe('relevance');
    await page.close();
  });

  it('without JavaScript, shows its heading, says search needs JavaScript and points to the timeline', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/search/?q=amazon`);
    expect(await page.locator('h1').textContent()).toBe('Search');
    expect(await page.locator('main').innerText()).toContain('Search runs in your browser and needs JavaScript. Without it, browse the timeline, whose year pages list every entry.');
    expect(await page.getByRole('searchbox', { name: 'Search', exact: true }).isVisible()).toBe(true);
    await context.close();
  });
});
