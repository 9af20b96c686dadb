/** The timeline and status pages as a reader uses them, in real Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();

const shownSlugs = (page: Page) => page.locator('[data-testid="timeline-list"] li[data-slug]').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));
const query = (page: Page) => new URL(page.url()).search;
/**
 * The static page lists every entry; the filters in the URL apply once the page has hydrated.
 * Wait for the count line to say so, never for the network to fall quiet.
 */
const filtersApplied = (page: Page) => page.getByTestId('match-count').filter({ hasText: /of \d+ entries match/ }).waitFor();

describe('timeline', () => {
  it('filters through the controls, keeps them in the URL and across a reload', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/`);
    await hydrated(page);
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
    await filtersApplied(page);
    expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('amazon');
    expect(await shownSlugs(page)).toEqual(amazonSince);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(query(page)).toBe('');
    expect((await shownSlugs(page)).length).toBe(collection.entries.length);
    await page.close();
  });

  it('filters from the keyboard alone: Space ticks a kind, Tab moves on, arrows choose an actor, Enter clears', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/`);
    await hydrated(page);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.getByRole('checkbox', { name: 'Corporate', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.location.search === '?kind=legislation');

    // Past the other kinds to the first list of choices.
    for (let i = 0; i < 10 && (await focusedId()) !== 'filter-actor'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('filter-actor');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => window.location.search.startsWith('?kind=legislation&actor='));
    const actor = new URL(page.url()).searchParams.get('actor')!;
    const shown = collection.entries.filter((entry) => entry.kind === 'legislation' && entry.actors.includes(actor)).map((entry) => entry.slug);
    expect(await shownSlugs(page)).toEqual(shown);

    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search === '');
    expect((await shownSlugs(page)).length).toBe(collection.entries.length);
    await page.close();
  });

  it('includes the places inside a country when filtering by it', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?jurisdiction=united-states&kind=legislation`);
    await filtersApplied(page);
    const shown = await shownSlugs(page);
    expect(shown).toContain('2020-06-24-boston-bans-face-surveillance');
    expect(shown).not.toContain('2024-03-13-european-parliament-adopts-ai-act');
    await page.close();
  });

  it('opens an entry from the overview with the keyboard, after showing its title on focus', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?actor=ibm`);
    await filtersApplied(page);
    const mark = page.locator('figure svg a').first();
    const slug = await mark.getAttribute('data-slug');
    const entry = collection.getEntry(slug!)!;
    await mark.focus();
    await page.getByRole('tooltip').filter({ hasText: entry.title }).waitFor();
    await Promise.all([page.waitForURL(`**${entry.url}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(entry.title);
    await page.close();
  });
});

describe('status on a date', () => {
  it('shows what was in force on the date in the URL, and follows the date picker', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2020-06-30`);
    // The static page shows the build day; wait until the page has applied the date in the URL.
    await page.getByTestId('status-heading').filter({ hasText: 'In force on 30 June 2020' }).waitFor();
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

  it('shows Virginia\'s 2021 ban set aside under SB 741 and back in force after SB 741 lapsed', async () => {
    const page = await chromium.browser.newPage();
    const hb2031 = '[data-slug="2021-04-07-virginia-hb-2031-bans-local-police-facial-recognition"]';
    const sb741 = '[data-slug="2022-04-27-virginia-sb-741-allows-police-facial-recognition"]';
    await page.goto(`${chromium.url}/status/?date=2024-01-01`);
    const groups = page.getByTestId('status-groups');
    await page.getByTestId('status-heading').filter({ hasText: 'In force on 1 January 2024' }).waitFor();
    expect(await groups.locator(sb741).count()).toBe(1);
    expect(await groups.locator(hb2031).count()).toBe(0);

    await page.goto(`${chromium.url}/status/?date=2026-08-01`);
    await page.getByTestId('status-heading').filter({ hasText: 'In force on 1 August 2026' }).waitFor();
    expect(await groups.locator(sb741).count()).toBe(0);
    expect(await groups.locator(hb2031).textContent()).toContain('in force again since 1 July 2026 (set aside 1 July 2022 to 1 July 2026)');
    await page.close();
  });

  it('shows the AI Act as amended by the Digital Omnibus only from the day the Omnibus was adopted', async () => {
    const page = await chromium.browser.newPage();
    const act = '[data-slug="2024-07-12-ai-act-published-in-official-journal"]';
    const amended = '[data-amended-by="2026-06-29-council-adopts-digital-omnibus-on-ai"]';
    const groups = page.getByTestId('status-groups');
    await page.goto(`${chromium.url}/status/?date=2026-06-01`);
    await page.getByTestId('status-heading').filter({ hasText: 'In force on 1 June 2026' }).waitFor();
    expect(await groups.locator(act).count()).toBe(1);
    expect(await groups.locator(`${act} ${amended}`).count()).toBe(0);

    await page.goto(`${chromium.url}/status/?date=2026-07-15`);
    await page.getByTestId('status-heading').filter({ hasText: 'In force on 15 July 2026' }).waitFor();
    expect(await groups.locator(`${act} ${amended}`).textContent()).toContain('amended 29 June 2026 by');
    // The draft stages of the act no longer count as rules of their own once the act binds.
    expect(await groups.locator('[data-slug="2021-04-21-european-commission-proposes-ai-act"]').count()).toBe(0);
    await page.close();
  });

  it('falls back to today with a hint for a date that does not exist', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2020-02-30`);
    const hint = page.getByText('“2020-02-30” is not a date; showing today. Use a day like 2020-06-30.');
    await hint.waitFor();
    expect(await hint.count()).toBe(1);
    await page.close();
  });
});
