/**
 * The site built under a path prefix (`npm run build:subpath`: SITE_URL https://example.org/tracker
 * into out-subpath/): every internal link, asset and address resolves under the prefix, and a
 * reader in Chromium can browse it served at /tracker/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/link-check';
import { hydrated, siteInChromium } from '../support/site';
import { assertSubpathBuilt, SUBPATH_BASE, SUBPATH_OUT, SUBPATH_SITE_URL } from '../support/subpath';

assertSubpathBuilt();
const read = (file: string) => readFileSync(`${SUBPATH_OUT}/${file}`, 'utf8');

describe('a build under a path prefix', () => {
  it('has no broken internal link in any page, feed, sitemap or data file', () => {
    const report = checkLinks(SUBPATH_OUT, SUBPATH_SITE_URL);
    expect(report.broken).toEqual([]);
    // Every page and file was read: 112 entries and 151 entities alone are over 260 pages.
    expect(report.files).toBeGreaterThan(260);
    expect(report.checked).toBeGreaterThan(10_000);
  });

  it('puts the prefix on raw links, SVG links, feed links and absolute addresses', () => {
    expect(read('entities/amazon/index.html')).toContain('href="/tracker/entities/amazon/feed.xml"');
    expect(read('index.html')).toContain('href="/tracker/feed.xml"');
    expect(read('timeline/index.html')).toMatch(/<a href="\/tracker\/timeline\/\d{4}\/" aria-label=/);
    // An entry page's head tags carry next/head's bookkeeping attribute after the address.
    expect(read('entries/2020-06-10-amazon-rekognition-police-moratorium/index.html')).toContain(
      '<link rel="canonical" href="https://example.org/tracker/entries/2020-06-10-amazon-rekognition-police-moratorium/"',
    );
    expect(read('entries/2020-06-10-amazon-rekognition-police-moratorium/index.html')).toContain('<link rel="icon" href="/tracker/icon.svg"');
    expect(read('feed.xml')).toContain('<link rel="self" href="https://example.org/tracker/feed.xml"/>');
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/tracker/sitemap.xml');
  });
});

describe('browsing the prefixed build in Chromium', () => {
  const chromium = siteInChromium(SUBPATH_OUT, SUBPATH_BASE);

  it('loads pages, styles and scripts, and navigates by links, all under /tracker/', async () => {
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(`${chromium.url}/`);
    expect(await page.locator('h1').textContent()).toBe('Facial Recognition Policy Tracker');
    // The stylesheet applied: the body font is Tailwind's, not the browser's default serif.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    // The islands' script, its chunks and the search index it fetches load under the prefix too.
    await hydrated(page);
    await page.getByRole('combobox', { name: 'Search the tracker' }).pressSequentially('rekognition');
    await page.getByRole('option').first().waitFor();

    await Promise.all([page.waitForURL((url) => url.pathname === '/tracker/timeline/'), page.getByRole('link', { name: 'Timeline', exact: true }).click()]);
    expect(await page.locator('h1').textContent()).toContain('Timeline');

    await page.goto(`${chromium.url}/entries/2020-06-10-amazon-rekognition-police-moratorium/`);
    await Promise.all([page.waitForURL((url) => url.pathname === '/tracker/entities/amazon/'), page.getByRole('link', { name: 'Amazon', exact: true }).first().click()]);
    expect(await page.locator('h1').textContent()).toBe('Amazon');
    const feed = await page.request.get(`${chromium.url}/entities/amazon/feed.xml`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('https://example.org/tracker/entities/amazon/feed.xml');
    await hydrated(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('preloads, for a query in the search page\'s address, files of the export under the prefix, and shows the results', async () => {
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(`${chromium.url}/search/?q=amazon`);
    await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
    const preloads = await page.locator('head link[rel=modulepreload], head link[rel=preload]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(preloads).toEqual(expect.arrayContaining(['/tracker/search-index/meta.json', '/tracker/search-index/first-am.json', '/tracker/search-index/body-am.json']));
    for (const href of preloads) {
      expect(href.startsWith('/tracker/'), href).toBe(true);
      // Each is a file of the prefixed export, as the host serves it.
      expect(existsSync(`${SUBPATH_OUT}${href.slice(SUBPATH_BASE.length)}`), href).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
