/**
 * What an entry page loads on a cold visit, in Chromium: no JavaScript file at all (it is built
 * without React's runtime), no prefetched route data, and still a working theme button, search
 * shortcut and header search, which sends the words to the search page. (The bytes are measured
 * by `npm run bench:pages`, not here.) Pages with controls load only their islands' script
 * (components/islands/): the home page's is the header search.
 */
import { describe, expect, it } from 'vitest';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const ENTRY = '/entries/2020-06-10-amazon-rekognition-police-moratorium/';

describe('an entry page on a cold load', () => {
  it('loads no script file and no route data, yet its header search works', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${chromium.url}${ENTRY}`);
    await hydrated(page);

    expect(requested.filter((path) => path.endsWith('.js'))).toEqual([]);
    expect(requested.filter((path) => path.endsWith('.txt') || path.startsWith('/search-index/'))).toEqual([]);

    // `/` puts the cursor in the header's box; Enter opens the search page with the results.
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('rekognition police');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('rekognition police');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.locator('li').first().waitFor();
    expect(await results.locator('li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches theme and remembers it, without React', async () => {
    const page = await chromium.browser.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${chromium.url}${ENTRY}`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Light theme' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    await page.close();
  });

  it('opens from a list on another page as a whole page, without a failed request', async () => {
    const page = await chromium.browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(new URL(response.url()).pathname));
    await page.goto(`${chromium.url}/entities/amazon/`);
    await hydrated(page);
    const link = page.locator(`main a[href="${ENTRY}"]`).first();
    await Promise.all([page.waitForURL((url) => url.pathname === ENTRY), link.click()]);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Amazon pauses police use of Rekognition for a year');
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('the About, Coverage and Data pages', () => {
  it('load no script file and no route data, and show their content', async () => {
    for (const [path, heading] of [['/about/', 'About the tracker'], ['/coverage/', 'How complete the record is'], ['/data/', 'Open data, feeds and citation']] as const) {
      const page = await chromium.browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${chromium.url}${path}`);
      await hydrated(page);
      expect(await page.locator('h1').textContent(), path).toBe(heading);
      expect(requested.filter((file) => file.endsWith('.js') || file.endsWith('.txt')), path).toEqual([]);
      await page.close();
    }
  });
});

describe('the home page', () => {
  it('loads only its islands\' script, no React or Next runtime, and its header search suggests as you type', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${chromium.url}/`);
    await hydrated(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => !file.startsWith('/islands/'))).toEqual([]);

    // Taken over, not drawn twice: one search box, one heading.
    expect(await page.getByRole('combobox', { name: 'Search the tracker' }).count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    await box.click();
    await box.pressSequentially('rekognition moratorium');
    const options = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option');
    await options.first().waitFor();
    expect(await box.getAttribute('aria-controls')).toBe(await page.getByRole('listbox').getAttribute('id'));
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/entries/')), box.press('Enter')]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript, and its header search is a form to the search page', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/`);
    expect(await page.getByRole('heading', { name: 'June 2020: the week the industry stepped back' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Latest additions' }).isVisible()).toBe(true);
    const box = page.getByRole('combobox', { name: 'Search the tracker' });
    await box.fill('clearview');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), box.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('clearview');
    await context.close();
  });
});
