/** The timeline and status pages as a reader uses them, in real Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCollection } from '@/lib/site-data';
import { useSiteInChromium } from '../support/site';

const chromium = useSiteInChromium();
const collection = getCollection();

const shownSlugs = (page: Page) => page.locator('[data-testid="timeline-list"] li[data-slug]').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));
const query = (page: Page) => new URL(page.url()).search;

describe('timeline', () => {
  it('filters through the controls, keeps them in the URL and across a reload', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('match-count').textContent()).toBe(`All ${collection.entries.length} entries`);

    await page.getByRole('checkbox', { name: 'Legislation', exact: true }).check();
    await page.waitForFunction(() => window.location.search === '?kind=legislation');
    const legislation = collection.entries.filter((entry) => entry.kind === 'legislation').map((entry) => entry.slug);
    expect(await shownSlugs(page)).toEqual(legislation);
    expect(await page.getByTestId('match-count').textContent()).toBe(`${legislation.length} of ${collection.entries.length} entries match`);

    await page.getByRole('checkbox', { name: 'Legislation', exact: true }).uncheck();
    await page.getByLabel('Actor', { exact: true }).selectOption('amazon');
    await page.getByLabel('From', { exact: true }).fill('2020-06');
    await page.waitForFunction(() => window.location.search.includes('from='));
    expect(query(page)).toBe('?actor=amazon&from=2020-06');
    const amazonSince = collection.entries.filter((entry) => entry.actors.includes('amazon') && entry.date >= '2020-06-01').map((entry) => entry.slug);
    expect(amazonSince.length).toBeGreaterThan(0);
    expect(await shownSlugs(page)).toEqual(amazonSince);

    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('amazon');
    expect(await shownSlugs(page)).toEqual(amazonSince);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(query(page)).toBe('');
    expect((await shownSlugs(page)).length).toBe(collection.entries.length);
    await page.close();
  });

  it('includes the places inside a country when filtering by it', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?jurisdiction=united-states&kind=legislation`);
    await page.waitForLoadState('networkidle');
    const shown = await shownSlugs(page);
    expect(shown).toContain('2020-06-24-boston-bans-face-surveillance');
    expect(shown).not.toContain('2024-03-13-european-parliament-adopts-ai-act');
    await page.close();
  });

  it('opens an entry from the overview with the keyboard, after showing its title on focus', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?actor=ibm`);
    await page.waitForLoadState('networkidle');
    const mark = page.locator('figure svg a').first();
    const slug = await mark.getAttribute('data-slug');
    const entry = collection.getEntry(slug!)!;
    await mark.focus();
    expect(await page.getByRole('tooltip').textContent()).toContain(entry.title);
    await Promise.all([page.waitForURL(`**${entry.url}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(entry.title);
    await page.close();
  });
});

describe('status on a date', () => {
  it('shows what was in force on the date in the URL, and follows the date picker', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2020-06-30`);
    await page.waitForLoadState('networkidle');
    const groups = page.getByTestId('status-groups');
    expect(await page.getByTestId('status-heading').textContent()).toMatch(/^In force on 30 June 2020: \d+ rules?$/);
    expect(await groups.locator('[data-slug="2020-06-10-amazon-rekognition-police-moratorium"]').count()).toBe(1);
    expect(await groups.locator('[data-slug="2019-10-08-california-ab-1215-body-camera-ban"]').count()).toBe(1);

    await page.getByLabel('Show what was in force on').fill('2023-06-30');
    await page.waitForFunction(() => window.location.search === '?date=2023-06-30');
    expect(await page.getByTestId('status-heading').textContent()).toMatch(/^In force on 30 June 2023/);
    expect(await groups.locator('[data-slug="2019-10-08-california-ab-1215-body-camera-ban"]').count()).toBe(0);
    expect(await groups.locator('[data-slug="2020-06-10-amazon-rekognition-police-moratorium"]').count()).toBe(1);
    expect(await page.locator('td[data-cell="police/moratorium"]').textContent()).toContain('Amazon');
    await page.close();
  });

  it('falls back to today with a hint for a date that does not exist', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2020-02-30`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('“2020-02-30” is not a date; showing today. Use a day like 2020-06-30.').count()).toBe(1);
    await page.close();
  });
});
