/** The timeline, its year pages and the status page as a reader uses them, in real Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryFacts } from '@/lib/filters/entry-facts';
import { LIST_FILTER_SPECS } from '@/lib/filters/filter-model';
import { getCollection } from '@/lib/site-data';
import { timelineOptions } from '@/lib/timeline/options';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();

const shownSlugs = (page: Page) => page.locator('[data-testid="timeline-list"] li[data-slug]').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));
const query = (page: Page) => new URL(page.url()).search;
const total = collection.entries.length;
/** The latest entries /timeline/ lists while no filter is set. */
const latest = collection.entries.slice(-20).map((entry) => entry.slug);
/**
 * The static page shows no filter; the filters in the URL apply once the page has hydrated and
 * fetched the matching entries. Wait for the count line to say so, never for the network to fall quiet.
 */
const filtersApplied = (page: Page) => page.getByTestId('match-count').filter({ hasText: /of \d+ entries (in \d{4} )?match/ }).waitFor();
/** Waits until the count line reads exactly `text`. */
const countReads = (page: Page, text: string) => page.getByTestId('match-count').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
const yearsOf = (slugs: readonly (string | null)[]) => [...new Set(slugs.map((slug) => slug!.slice(0, 4)))];

describe('timeline', () => {
  it('filters through the controls, keeps them in the URL and across a reload', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/`);
    await hydrated(page);
    expect(await page.getByTestId('match-count').textContent()).toBe(`All ${total} entries`);
    expect(await shownSlugs(page)).toEqual(latest);

    await page.getByRole('checkbox', { name: 'Legislation', exact: true }).check();
    await page.waitForFunction(() => window.location.search === '?kind=legislation');
    const legislation = collection.entries.filter((entry) => entry.kind === 'legislation').map((entry) => entry.slug);
    await countReads(page, `${legislation.length} of ${total} entries match`);
    expect(await shownSlugs(page)).toEqual(legislation);

    await page.getByRole('checkbox', { name: 'Legislation', exact: true }).uncheck();
    // A reader opens the select first: its choices are filled in then (components/timeline/lazy-options.ts).
    await page.getByLabel('Actor', { exact: true }).click();
    await page.getByLabel('Actor', { exact: true }).selectOption('amazon');
    await page.getByLabel('From', { exact: true }).fill('2020-06');
    await page.waitForFunction(() => window.location.search.includes('from='));
    expect(query(page)).toBe('?actor=amazon&from=2020-06');
    const amazonSince = collection.entries.filter((entry) => entry.actors.includes('amazon') && entry.date >= '2020-06-01').map((entry) => entry.slug);
    expect(amazonSince.length).toBeGreaterThan(0);
    await countReads(page, `${amazonSince.length} of ${total} entries match`);
    expect(await shownSlugs(page)).toEqual(amazonSince);

    await page.reload();
    await filtersApplied(page);
    expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('amazon');
    expect(await shownSlugs(page)).toEqual(amazonSince);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(query(page)).toBe('');
    await countReads(page, `All ${total} entries`);
    expect(await shownSlugs(page)).toEqual(latest);
    await page.close();
  });

  it('lists the entries matching a filter from every year, without any year page, and draws only their years', async () => {
    const page = await chromium.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${chromium.url}/timeline/?actor=amazon`);
    const amazon = collection.entries.filter((entry) => entry.actors.includes('amazon')).map((entry) => entry.slug);
    await countReads(page, `${amazon.length} of ${total} entries match`);
    const shown = await shownSlugs(page);
    expect(shown).toEqual(amazon);
    expect(yearsOf(shown).length).toBeGreaterThanOrEqual(3);
    // Each year listed has its heading, and the overview a bar for it and for no other year.
    for (const year of yearsOf(shown)) expect(await page.getByRole('heading', { name: year!, exact: true }).count()).toBe(1);
    const bars = await page.locator('[data-testid="overview"] a[data-year]').evaluateAll((links) => links.map((link) => link.getAttribute('data-year')));
    expect(bars).toEqual(yearsOf(amazon));
    // The facts and the text of the years with matches were fetched; no year page was.
    expect(requested).toContain('/timeline-data/facts.json');
    expect(requested.filter((path) => /^\/timeline\/\d{4}\//.test(path))).toEqual([]);
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
    await countReads(page, `${shown.length} of ${total} entries match`);
    expect(await shownSlugs(page)).toEqual(shown);

    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search === '');
    await countReads(page, `All ${total} entries`);
    expect(await shownSlugs(page)).toEqual(latest);
    await page.close();
  });

  it('shows the actor in the address as chosen, and each select offers every choice some entry has', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?actor=amazon`);
    await filtersApplied(page);
    const actor = page.getByLabel('Actor', { exact: true });
    expect(await actor.inputValue()).toBe('amazon');
    expect(await actor.locator('option:checked').textContent()).toBe(collection.getEntity('amazon')!.name);

    // Each select, once a reader is on it, lists "Any" and then every choice, in the order of the options built from the record.
    const choices = timelineOptions(collection, collection.entries.map((entry) => entryFacts(entry, (slug) => collection.getEntity(slug)?.parent)));
    for (const { key, label } of LIST_FILTER_SPECS.filter((spec) => spec.key !== 'kind')) {
      const select = page.getByLabel(label, { exact: true });
      await select.focus();
      const shown = await select.locator('option').evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]));
      expect(shown).toEqual([['', 'Any'], ...choices[key].map((choice) => [choice.value, choice.label])]);
    }
    expect(choices.actor.length).toBeGreaterThan(100);
    expect(await actor.inputValue()).toBe('amazon');

    // The chosen actor is kept through a reader's own choice and "Clear filters".
    await actor.selectOption('ibm');
    await page.waitForFunction(() => window.location.search === '?actor=ibm');
    await filtersApplied(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await countReads(page, `All ${total} entries`);
    expect(await actor.inputValue()).toBe('');
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

  it('opens a year from the overview with the keyboard, keeping the filter, and lists that year\'s matches', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/?actor=ibm`);
    await filtersApplied(page);
    const bar = page.locator('[data-testid="overview"] a[data-year]').first();
    const year = (await bar.getAttribute('data-year'))!;
    const ibmThatYear = collection.entries.filter((entry) => entry.actors.includes('ibm') && entry.date.startsWith(`${year}-`)).map((entry) => entry.slug);
    expect(await bar.getAttribute('aria-label')).toBe(`${year}: ${ibmThatYear.length} ${ibmThatYear.length === 1 ? 'entry' : 'entries'} matching`);
    await bar.focus();
    await Promise.all([page.waitForURL(`**/timeline/${year}/?actor=ibm`), page.keyboard.press('Enter')]);
    const inYear = collection.entries.filter((entry) => entry.date.startsWith(`${year}-`)).length;
    await countReads(page, `${ibmThatYear.length} of ${inYear} entries in ${year} match`);
    expect(await shownSlugs(page)).toEqual(ibmThatYear);
    await page.close();
  });
});

describe('timeline year pages', () => {
  const in2020 = collection.entries.filter((entry) => entry.date.startsWith('2020-'));

  it('list exactly the year\'s entries, and keep a filter in the links to other years and back to all years', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/timeline/2020/`);
    await hydrated(page);
    expect(await page.locator('h1').textContent()).toBe('Timeline: 2020');
    expect(await shownSlugs(page)).toEqual(in2020.map((entry) => entry.slug));

    await page.goto(`${chromium.url}/timeline/2020/?kind=legislation`);
    const legislation = in2020.filter((entry) => entry.kind === 'legislation').map((entry) => entry.slug);
    await countReads(page, `${legislation.length} of ${in2020.length} entries in 2020 match`);
    expect(await shownSlugs(page)).toEqual(legislation);
    const years = page.getByRole('navigation', { name: 'Years', exact: true });
    expect(await years.getByRole('link', { name: '2021', exact: true }).getAttribute('href')).toBe('/timeline/2021/?kind=legislation');
    expect(await years.getByRole('link', { name: 'All years' }).getAttribute('href')).toBe('/timeline/?kind=legislation');

    await Promise.all([page.waitForURL('**/timeline/2021/?kind=legislation'), page.getByRole('link', { name: '2021 →' }).click()]);
    const legislation2021 = collection.entries.filter((entry) => entry.date.startsWith('2021-') && entry.kind === 'legislation').map((entry) => entry.slug);
    const in2021 = collection.entries.filter((entry) => entry.date.startsWith('2021-')).length;
    await countReads(page, `${legislation2021.length} of ${in2021} entries in 2021 match`);
    expect(await shownSlugs(page)).toEqual(legislation2021);
    await page.close();
  });

  it('work without JavaScript: the overview\'s years open their pages, which list their entries', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/timeline/`);
    expect(await page.getByTestId('match-count').textContent()).toBe(`All ${total} entries`);
    await Promise.all([page.waitForURL('**/timeline/2020/'), page.getByRole('navigation', { name: 'Year pages' }).getByRole('link', { name: '2020', exact: true }).click()]);
    expect(await page.getByTestId('match-count').textContent()).toBe(`${in2020.length} entries in 2020`);
    expect(await shownSlugs(page)).toEqual(in2020.map((entry) => entry.slug));
    await Promise.all([page.waitForURL('**/timeline/2019/'), page.getByRole('link', { name: '← 2019' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Timeline: 2019');
    await context.close();
  });

  it('send an old link to a year on the one-page timeline to that year\'s page', async () => {
    const page = await chromium.browser.newPage();
    await Promise.all([page.waitForURL('**/timeline/2019/'), page.goto(`${chromium.url}/timeline/#y2019`)]);
    expect(await page.locator('h1').textContent()).toBe('Timeline: 2019');
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
    // Another day is drawn in short tasks with the heading last: once it names the day, the groups are that day's.
    await page.getByTestId('status-heading').filter({ hasText: 'In force on 30 June 2023' }).waitFor();
    expect(await page.getByTestId('status-heading').textContent()).toMatch(/^In force on 30 June 2023: \d+ rules?$/);
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
