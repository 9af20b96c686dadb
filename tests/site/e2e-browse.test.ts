/** A reader's path through the built site in real Chromium: home → entry → entity. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();

/** A page that records console errors and failed or erroring requests. */
async function watchedPage() {
  const page = await chromium.browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A prefetch cancelled because the reader moved on is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

async function clickAndWait(page: Page, name: string) {
  const before = new URL(page.url()).pathname;
  await Promise.all([page.waitForURL((url) => url.pathname !== before), page.getByRole('link', { name, exact: true }).first().click()]);
  // The link's words are the next page's heading: wait for that page, not for the network.
  await page.locator('h1').filter({ hasText: name }).waitFor();
}

describe('browsing the site', () => {
  it('goes from the home page to an entry and on to a company, with no errors', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${chromium.url}/`);
    await hydrated(page);
    expect(await page.locator('h1').textContent()).toBe('Facial Recognition Policy Tracker');
    expect(await page.getByRole('heading', { name: /June 2020/ }).textContent()).toContain('June 2020');

    await clickAndWait(page, 'Amazon pauses police use of Rekognition for a year');
    expect(new URL(page.url()).pathname).toBe('/entries/2020-06-10-amazon-rekognition-police-moratorium/');
    expect(await page.locator('h1').textContent()).toBe('Amazon pauses police use of Rekognition for a year');
    expect(await page.getByText('10 June 2020').first().isVisible()).toBe(true);
    // The extension is linked back from the original, as "extended by".
    expect(await page.locator('#related-heading + ul').textContent()).toContain('extended by');

    await clickAndWait(page, 'Amazon');
    expect(new URL(page.url()).pathname).toBe('/entities/amazon/');
    expect(await page.locator('h1').textContent()).toBe('Amazon');
    expect(await page.getByRole('link', { name: 'Amazon pauses police use of Rekognition for a year' }).count()).toBe(1);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the site 404 page for an unknown address', async () => {
    const { page } = await watchedPage();
    const response = await page.goto(`${chromium.url}/entries/no-such-entry/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });

  it('switches to the dark theme and remembers it after a reload', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${chromium.url}/about/`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Light theme' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
