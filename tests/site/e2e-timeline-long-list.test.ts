/**
 * /timeline/ with a filter that matches many entries, as a reader sees it: the matches are drawn
 * a first screen first and the rest in slices, and the year sections below the screen are laid
 * out only when scrolled near, yet every match is there, in order, once the count line says so,
 * the matches far down show when scrolled to, and the browser's back button brings a filter back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const total = collection.entries.length;

const shownSlugs = (page: Page) => page.locator('[data-testid="timeline-list"] li[data-slug]').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));
const countReads = (page: Page, text: string) => page.getByTestId('match-count').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
const slugsOf = (kind: string) => collection.entries.filter((entry) => entry.kind === kind).map((entry) => entry.slug);
const yearsOf = (slugs: readonly string[]) => [...new Set(slugs.map((slug) => slug.slice(0, 4)))];

describe('/timeline/ with many matches', () => {
  it('lists every match in order once the count says so, shows the last ones when scrolled to, and goes back to an earlier filter', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 412, height: 823 } });
    const legislation = slugsOf('legislation');
    // More matches than the first screen holds, in more years than fit on it.
    expect(legislation.length).toBeGreaterThan(100);
    await page.goto(`${chromium.url}/timeline/?kind=legislation`);
    await countReads(page, `${legislation.length} of ${total} entries match`);
    expect(await shownSlugs(page)).toEqual(legislation);
    const years = yearsOf(legislation);
    for (const year of years) expect(await page.getByRole('heading', { name: year, exact: true }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Years listed' }).getByRole('link').allTextContents()).toEqual(years);

    // The last year, far below the screen: its link in the index takes the reader there, and its entries are laid out and readable.
    const last = years.at(-1)!;
    await page.getByRole('navigation', { name: 'Years listed' }).getByRole('link', { name: last, exact: true }).click();
    await page.waitForFunction((hash) => window.location.hash === hash, `#y${last}`);
    const lastEntry = page.locator(`li[data-slug="${legislation.at(-1)!}"]`);
    await lastEntry.scrollIntoViewIfNeeded();
    const box = await lastEntry.boundingBox();
    expect(box!.height).toBeGreaterThan(40);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(823);
    const title = collection.entries.find((entry) => entry.slug === legislation.at(-1))!.title;
    expect(await lastEntry.getByRole('link', { name: title, exact: true }).isVisible()).toBe(true);

    // Another filter, then back: the earlier matches, all of them, and the form shows the filter again.
    await hydrated(page);
    await page.getByRole('checkbox', { name: 'Legislation', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Research', exact: true }).check();
    await page.waitForFunction(() => window.location.search === '?kind=research');
    await countReads(page, `${slugsOf('research').length} of ${total} entries match`);
    expect(await shownSlugs(page)).toEqual(slugsOf('research'));
    await page.goBack();
    await page.goBack();
    await countReads(page, `${legislation.length} of ${total} entries match`);
    expect(await shownSlugs(page)).toEqual(legislation);
    expect(await page.getByRole('checkbox', { name: 'Legislation', exact: true }).isChecked()).toBe(true);
    await page.close();
  });
});
