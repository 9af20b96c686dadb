/**
 * The status page built without React's runtime, in real Chromium: it loads only the islands'
 * scripts, its date control and folded lists work once they are hydrated, drawing another day
 * moves nothing already on screen, and without JavaScript the build day is there to read.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/content/dates';
import { policyMapData } from '@/lib/map/map-data';
import { ruleRecords } from '@/lib/policy/rules';
import { FOLD_AFTER, statusDay } from '@/lib/status/status-day';
import { getCollection } from '@/lib/site-data';
import { hydrated, OUT, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const rules = ruleRecords(collection);
const places = policyMapData(collection).places;
/** The day the built page shows, from its data attribute. */
const BUILD_DAY = /data-testid="policy-map" data-date="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(`${OUT}/status/index.html`, 'utf8'))![1]!;
/** A group folded on `date`: more rules in force than the page shows at first. */
const foldedOn = (date: string) => statusDay(rules, places, date).groups.find((group) => group.count > group.rules.length);

const heading = (page: Page, date: string) => page.getByTestId('status-heading').filter({ hasText: `In force on ${formatDate(date)}:` }).waitFor();

describe('the status page as islands', () => {
  it('loads only the islands’ scripts, and its date control and folds work once hydrated', async () => {
    const page = await chromium.browser.newPage();
    const scripts: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${chromium.url}/status/?date=2020-06-30`);
    await hydrated(page);
    await heading(page, '2020-06-30');

    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.startsWith('/islands/'))).toEqual([]);

    await page.getByLabel('Show what was in force on').fill('2026-08-01');
    await heading(page, '2026-08-01');
    expect(new URL(page.url()).search).toBe('?date=2026-08-01');
    const folded = foldedOn('2026-08-01')!;
    const group = page.locator(`[data-testid="status-groups"] section[data-group="${folded.slug}"]`);
    await group.getByRole('button', { name: `Show all ${folded.count}` }).click();
    await group.locator('li[data-slug]').nth(folded.count - 1).waitFor();
    expect(await group.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the build day’s folds as buttons, and opens one from the data file when asked', async () => {
    const built = foldedOn(BUILD_DAY);
    if (!built) return expect(readFileSync(`${OUT}/status/index.html`, 'utf8')).not.toContain('data-fold=');
    const page = await chromium.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => request.url().includes('/status-data/') && requests.push(new URL(request.url()).pathname));
    await page.goto(`${chromium.url}/status/?date=${BUILD_DAY}`);
    await hydrated(page);
    const group = page.locator(`section[data-group="${built.slug}"]`);
    const button = group.getByRole('button', { name: `Show all ${built.count}` });
    // Lists below the first screen are laid out only when scrolled near, as a reader would.
    await group.scrollIntoViewIfNeeded();
    await button.waitFor();
    // The words for a reader without JavaScript give way to the button.
    expect(await group.getByText(`${built.count - FOLD_AFTER} more: see`).isVisible()).toBe(false);
    expect(requests).toEqual([]);
    await button.click();
    await group.locator('li[data-slug]').nth(built.count - 1).waitFor();
    expect(requests).toEqual(['/status-data/rules.json']);
    await page.close();
  });

  it('draws another day without moving what is already on screen', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(`${chromium.url}/status/?date=2020-06-30`);
    await heading(page, '2020-06-30');
    // Every layout shift since the page began, as Chromium reports them (the figure behind CLS).
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + ((entry as PerformanceEntry & { value?: number }).value ?? 0), 0))).observe({ type: 'layout-shift', buffered: true });
          // With no shift at all the observer is never called.
          setTimeout(() => resolve(0), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await page.close();
  });

  it('can be read without JavaScript: the build day, its groups, its map and where the rest of a list is', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/status/`);
    const day = statusDay(rules, places, BUILD_DAY);
    expect(await page.getByTestId('status-heading').textContent()).toBe(`In force on ${formatDate(BUILD_DAY)}: ${day.count} rule${day.count === 1 ? '' : 's'}`);
    expect(await page.locator('[data-testid="status-groups"] > section').count()).toBe(day.groups.length);
    expect(await page.getByRole('link', { name: /^Illinois: \d+ rules? in force/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
    const built = foldedOn(BUILD_DAY);
    if (built) {
      const group = page.locator(`section[data-group="${built.slug}"]`);
      // Lists below the first screen are laid out only when scrolled near, as a reader would.
      await group.scrollIntoViewIfNeeded();
      // Laid out on the next frame once near the screen: wait until the words show.
      await group.getByText(`${built.count - FOLD_AFTER} more: see`).waitFor({ state: 'visible' });
    }
    await context.close();
  });
});
