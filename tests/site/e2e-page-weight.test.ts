/**
 * What an entry page loads on a cold visit, in Chromium: the header's light pages are
 * prefetched, but not the timeline's and status page's data or the search page's code, and the
 * search engine's code and index load only once the box is used. (The bytes are measured by
 * `npm run bench:pages`, not here.)
 */
import { describe, expect, it } from 'vitest';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const ENTRY = '/entries/2020-06-10-amazon-rekognition-police-moratorium/';

describe('an entry page on a cold load', () => {
  it('prefetches no heavy page and loads the search engine only when the box is used', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // The About link in the header is prefetched with the rest of the header's links.
    const aboutPrefetched = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/about/') && request.url().includes('.txt'));
    await page.goto(`${chromium.url}${ENTRY}`);
    await hydrated(page);
    await aboutPrefetched;

    const heavy = requested.filter((path) => /^\/(timeline|status|search)\/|^\/(search-index|timeline-data)\//.test(path));
    expect(heavy).toEqual([]);
    const scriptsBefore = new Set(requested.filter((path) => path.endsWith('.js')));

    // Focusing the box loads the engine's code (a chunk not loaded before) and the index's facts.
    const engineChunk = page.waitForRequest((request) => request.url().endsWith('.js') && !scriptsBefore.has(new URL(request.url()).pathname));
    const meta = page.waitForRequest((request) => request.url().endsWith('/search-index/meta.json'));
    await page.getByRole('combobox', { name: 'Search the tracker' }).focus();
    await Promise.all([engineChunk, meta]);
    await page.getByRole('combobox', { name: 'Search the tracker' }).pressSequentially('rekognition');
    await page.getByRole('option').first().waitFor();
    await context.close();
  });
});
