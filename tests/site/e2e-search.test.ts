/** Search as readers use it, in real Chromium: the header box and the results page. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, resultUrl } from '@/lib/search/records';
import { getCollection } from '@/lib/site-data';
import { realSearchEngine } from '../support/search';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();

async function cold(path: string): Promise<{ page: Page; indexRequests: string[]; problems: string[] }> {
  const page = await chromium.browser.newPage();
  const indexRequests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) indexRequests.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${chromium.url}${path}`);
  await hydrated(page);
  return { page, indexRequests, problems };
}

/**
 * Waits until the search page's whole first page of results is on screen: the first few are drawn
 * first, and the list says it is busy until the rest have joined them.
 */
async function allShown(page: Page): Promise<void> {
  await page.locator('ol[aria-label="Search results"][aria-busy="false"]').waitFor();
}

describe('header search', () => {
  it('loads nothing until used, then shows marked results as you type and opens one with the keyboard', async () => {
    const { page, indexRequests, problems } = await cold('/timeline/2020/');
    expect(indexRequests).toEqual([]);

    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('rekognition');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(indexRequests).toContain('meta.json');
    expect(await options.first().locator('mark').first().textContent()).toMatch(/^Rekognition$/i);

    await page.keyboard.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    const title = (await options.first().locator('[data-part="title"]').textContent())!;
    await Promise.all([page.waitForURL((url) => url.pathname !== '/timeline/2020/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('forgives a typo and finds the entry that holds most of the words', async () => {
    const { page, problems } = await cold('/timeline/2020/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    await box.pressSequentially('rekognitoin');
    const hint = page.getByText('No page has “rekognitoin”; showing pages with “rekognition”.');
    await hint.waitFor();
    const options = page.getByRole('option');
    await options.first().waitFor();
    // The word it was matched to is marked in what is shown.
    expect(await page.getByRole('listbox').locator('mark').first().textContent()).toMatch(/^Rekognition$/i);

    const ibm = getCollection().entries.find((entry) => entry.slug === '2020-06-08-ibm-exits-general-purpose-facial-recognition')!;
    await box.fill('');
    await box.pressSequentially('IBM exits facial recognition');
    await page.waitForFunction(
      (title) => document.querySelector('[role=option] [data-part="title"]')?.textContent === title,
      ibm.title,
      { timeout: 15_000 },
    );
    expect(await options.first().locator('[data-part="title"]').textContent()).toBe(ibm.title);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('focuses with Ctrl-K and closes with Escape', async () => {
    const { page } = await cold('/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    await box.pressSequentially('AWS');
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').first().textContent()).toContain('Amazon');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('listbox').count()).toBe(0);
    await page.close();
  });
});

describe('split index', () => {
  it('fetches, for two words in the header box, the shard files of the words typed and the page files of the results shown, and no facts of other pages', async () => {
    const { page, indexRequests, problems } = await cold('/timeline/2020/');
    await page.keyboard.press('/');
    await page.keyboard.type('amazon police');
    await page.locator('[role=listbox][data-query="amazon police"] [role=option]').first().waitFor();
    expect(indexRequests).toEqual(expect.arrayContaining(['meta.json', 'first-am.json', 'first-po.json']));
    // Words half typed are searched as the keys arrive, so "a" or "p" may have their shards too.
    const shards = indexRequests.filter((name) => name.startsWith('first-'));
    expect(shards.every((name) => ['first-a.json', 'first-am.json', 'first-p.json', 'first-po.json'].includes(name))).toBe(true);
    expect(indexRequests.some((name) => name.startsWith('docs-'))).toBe(false);
    // Each result shows its date or category, which come with its page of texts.
    const rows = page.getByRole('option');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toMatch(/\d{4}|company|organization|government|jurisdiction|person|product/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says search could not load when a file of the index is missing', async () => {
    const page = await chromium.browser.newPage();
    await page.route('**/search-index/pages-*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${chromium.url}/timeline/2020/`);
    await hydrated(page);
    await page.keyboard.press('/');
    await page.keyboard.type('amazon');
    await page.getByText('Search could not load; please reload the page.').waitFor();
    expect(await page.getByRole('option').count()).toBe(0);
    await page.close();
  });
});

describe('search page', () => {
  it('runs the query from the URL and lists results that link to entries and entities', async () => {
    const { page, problems } = await cold('/search/?q=company%3Aamazon%20from%3A2021');
    const results = page.getByRole('list', { name: 'Search results' });
    await allShown(page);
    // Every entry in which Amazon acted from 2021 on, and nothing else, whatever the record holds.
    const expected = getCollection()
      .entries.filter((entry) => entry.actors.includes('amazon') && entry.date >= '2021-01-01')
      .map((entry) => entry.url);
    expect(expected).toContain('/entries/2021-05-18-amazon-extends-rekognition-moratorium/');
    const shown = await results.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by measure: as the timeline does, listing the same entries for the same filters', async () => {
    const { page, problems } = await cold('/search/?q=measure%3Aban%20in%3A%22united%20states%22');
    const results = page.getByRole('list', { name: 'Search results' });
    await allShown(page);
    const shown = await results.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const timeline = await chromium.browser.newPage();
    await timeline.goto(`${chromium.url}/timeline/?measure=ban&jurisdiction=united-states`);
    await timeline.getByTestId('match-count').filter({ hasText: /of \d+ entries match/ }).waitFor();
    const listed = await timeline
      .locator('[data-testid="timeline-list"] li[data-slug]')
      .evaluateAll((items) => items.map((item) => `/entries/${item.getAttribute('data-slug')}/`));
    // The page shows the first 30 results; the count covers them all.
    expect(listed.length).toBeGreaterThan(10);
    expect(await page.getByTestId('result-count').textContent()).toBe(`${listed.length} results for “measure:ban in:"united states"”`);
    expect(shown.length).toBe(Math.min(listed.length, 30));
    expect(listed).toEqual(expect.arrayContaining(shown));
    expect(await page.getByText('Filters:').textContent()).toContain('measure:');
    expect(problems).toEqual([]);
    await Promise.all([page.close(), timeline.close()]);
  });

  it('shows 30 results at a time, the next 30 on "Show more results", in the order of every result ranked', async () => {
    const engine = await realSearchEngine();
    const every = await engine.search('police');
    await engine.loadTexts(every.results.slice(0, 60));
    const expected = every.results.slice(0, 60).map((result) => resultUrl(result));
    expect(every.total).toBeGreaterThan(60);
    const { page, problems } = await cold('/search/?q=police');
    const results = page.getByRole('list', { name: 'Search results' });
    await allShown(page);
    const hrefs = () => results.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(await hrefs()).toEqual(expected.slice(0, 30));
    expect(await page.getByTestId('result-count').textContent()).toBe(`${every.total} results for “police”`);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await results.locator('li').nth(59).waitFor();
    expect(await hrefs()).toEqual(expected);
    expect(await page.getByTestId('result-count').textContent()).toBe(`${every.total} results for “police”`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['on a phone', 412, 823, 'amazon'],
    ['on a wide screen', 1350, 940, 'clearview'],
  ])('keeps the results and the footer where they were as the results arrive, %s (no layout shift)', async (_, width, height, query) => {
    const page = await chromium.browser.newPage({ viewport: { width, height } });
    // Every layout shift from the first paint on, with the elements that moved.
    await page.addInitScript(() => {
      const seen: { value: number; moved: string[] }[] = [];
      Object.assign(window, { layoutShifts: seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
          seen.push({ value: entry.value, moved: (entry.sources ?? []).map((source) => (source.node instanceof Element ? source.node.tagName.toLowerCase() : '?')) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${chromium.url}/search/?q=${query}`);
    await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
    // The footer starts below the first screen and stays below it.
    expect(await page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().top)).toBeGreaterThan(height);
    // The first results are drawn before the rest of the page's and the facets' choices: neither
    // moves them (on a wide screen the choices' column beside them is taller than five results).
    await allShown(page);
    // (On a phone the choices wait folded behind "Sort and filter", out of the accessibility tree.)
    await page.locator('#search-refine legend', { hasText: 'Year' }).waitFor({ state: 'attached' });
    // Two frames on, every shift of the results' arrival has reached the observer.
    const shifts = await page.evaluate(async () => {
      for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
      return (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts;
    });
    expect(shifts.reduce((total, shift) => total + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.005);
    await page.close();
  });

  it('draws the first results before asking for the files of the rest of the page', async () => {
    const engine = await realSearchEngine();
    const first = await engine.search('police', { show: 5 });
    const firstFiles = new Set(first.results.map((result) => `pages-${Math.floor(result.doc.id / PAGE_SIZE)}.json`));
    const page = await chromium.browser.newPage();
    // When the first result row appeared, on the page's own clock.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('ol[aria-label="Search results"] > li')) return;
        Object.assign(window, { firstRowAt: performance.now() });
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${chromium.url}/search/?q=police`);
    await allShown(page);
    const { firstRowAt, requests } = await page.evaluate(() => ({
      firstRowAt: (window as unknown as { firstRowAt: number }).firstRowAt,
      requests: performance.getEntriesByType('resource').flatMap((entry) => (/\/pages-\d+\.json$/.test(entry.name) ? [{ file: entry.name.split('/').pop()!, at: entry.startTime }] : [])),
    }));
    expect(await page.getByRole('list', { name: 'Search results' }).locator('li').count()).toBe(30);
    // The first five results' files came first; every other was asked for once they were drawn.
    expect(new Set(requests.filter((request) => request.at < firstRowAt).map((request) => request.file))).toEqual(firstFiles);
    expect(requests.filter((request) => !firstFiles.has(request.file)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows by facet and keeps the choice in the URL', async () => {
    const { page } = await cold('/search/?q=clearview');
    await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
    await page.getByRole('group', { name: 'Kind' }).getByLabel(/Legal/).check();
    await page.waitForFunction(() => window.location.search.includes('kind=legal'));
    const badges = await page.getByRole('list', { name: 'Search results' }).locator('[data-kind]').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['legal']));
    await page.close();
  });

  it('says when nothing matches and suggests the nearest entity', async () => {
    const { page } = await cold('/search/?q=amzn');
    await page.getByTestId('no-results').waitFor();
    expect(await page.getByTestId('no-results').textContent()).toContain('Nothing matches “amzn”.');
    expect(await page.getByRole('link', { name: 'Amazon', exact: true }).last().getAttribute('href')).toBe('/entities/amazon/');
    await page.close();
  });

  it('answers an impossible date with a one-line hint, not an error', async () => {
    const { page, problems } = await cold('/search/?q=from%3A2020-13');
    await page.getByTestId('search-hint').first().waitFor();
    expect(await page.getByTestId('search-hint').first().textContent()).toBe('from: takes a date like 2020-06');
    expect(problems).toEqual([]);
    await page.close();
  });
});
