/**
 * Moving between App Router pages within the page, in Chromium, with the unused copy of each
 * page's route data gone from out/ (lib/export/unused-payloads.ts): a link the reader points at
 * is prefetched and its click needs no further request, a link that never prefetches loads the
 * page's index.txt on click, and back returns, all without a failed request or a page load.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { payloadPage } from '@/lib/bench/page-weights';
import { SITE } from '@/lib/site-config';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();

/** Marks the window, so a later check tells a client-side navigation from a page load. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { stayed: true }));
const stayed = (page: Page) => page.evaluate(() => 'stayed' in window);

describe('moving between App Router pages', () => {
  it('uses the prefetched data of a link the reader pointed at, loads index.txt for one that never prefetches, and goes back', async () => {
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
    await page.goto(`${chromium.url}/about/`);
    await hydrated(page);
    await mark(page);

    // The home page prefetches when the reader points at its link (lib/link-prefetch.ts).
    const home = page.locator('header').getByRole('link', { name: SITE.name });
    const homeData = page.waitForResponse((response) => payloadPage(response.url()) === '/' && response.url().includes('__PAGE__'));
    await home.hover();
    await homeData;
    const before = payloads.length;
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), home.click()]);
    await page.locator('h1').filter({ hasText: SITE.name }).waitFor();
    expect(payloads.slice(before).filter((path) => payloadPage(`http://x${path}`) === '/')).toEqual([]);

    // The timeline never prefetches: its click loads its index.txt; back returns home.
    await Promise.all([page.waitForURL((url) => url.pathname === '/timeline/'), page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click()]);
    await page.locator('h1').filter({ hasText: 'Timeline' }).waitFor();
    expect(payloads).toContain('/timeline/index.txt');
    await page.goBack();
    await page.locator('h1').filter({ hasText: SITE.name }).waitFor();
    expect(await stayed(page)).toBe(true);
    expect(failures).toEqual([]);
    await context.close();
  });
});
