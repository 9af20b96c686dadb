/**
 * The status page as it grows: the built page carries only the build day's summary, with long
 * lists folded; another day's rules come from one data file, fetched once; a folded group opens
 * in place; the address follows the day, back and forward too. In real Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { policyMapData } from '@/lib/map/map-data';
import { ruleRecords } from '@/lib/policy/rules';
import { FOLD_AFTER, statusDay } from '@/lib/status/status-day';
import { getCollection } from '@/lib/site-data';
import { hydrated, OUT, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const DAY = '2026-08-01';
/** A group with more rules in force on DAY than the page shows at first. */
const folded = statusDay(ruleRecords(collection), policyMapData(collection).places, DAY).groups.find((group) => group.count > group.rules.length)!;

const heading = (page: Page, text: string) => page.getByTestId('status-heading').filter({ hasText: text }).waitFor();
/** Every request the page makes for the rules' data file. */
const dataRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (request) => request.url().includes('/status-data/') && seen.push(new URL(request.url()).pathname));
  return seen;
};

describe('the status page as the record grows', () => {
  it('carries no rule list beyond its summary and no map shape in its HTML', () => {
    const html = readFileSync(`${OUT}/status/index.html`, 'utf8');
    expect(html).toContain('<use href="/map-data/full.svg#land-us"');
    expect(html).not.toMatch(/ d="M/);
    const file = JSON.parse(readFileSync(`${OUT}/status-data/rules.json`, 'utf8')) as { entries: unknown[] };
    expect(file.entries.length).toBeGreaterThanOrEqual(ruleRecords(collection).length);
    expect(readFileSync(`${OUT}/map-data/full.svg`, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><defs><path id="land-us" d="M/);
  });

  it('fetches the rules once, for another day, and not for the build day', async () => {
    const page = await chromium.browser.newPage();
    const requests = dataRequests(page);
    // The build day, named in the address: a page opened on a later day without one shows today.
    await page.goto(`${chromium.url}/status/?date=${readBuildDay()}`);
    await hydrated(page);
    expect(await page.getByTestId('status-heading').textContent()).toMatch(/^In force on /);
    expect(requests).toEqual([]);

    await page.getByLabel('Show what was in force on').fill('2020-06-30');
    await heading(page, 'In force on 30 June 2020');
    expect(await page.getByTestId('status-groups').locator('[data-slug="2020-06-10-amazon-rekognition-police-moratorium"]').count()).toBe(1);
    await page.getByLabel('Show what was in force on').fill('2023-06-30');
    await heading(page, 'In force on 30 June 2023');
    expect(requests).toEqual(['/status-data/rules.json']);
    await page.close();
  });

  it('goes back and forward through the days chosen', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2020-06-30`);
    await heading(page, 'In force on 30 June 2020');
    await page.getByLabel('Show what was in force on').fill('2023-06-30');
    await heading(page, 'In force on 30 June 2023');
    await page.goBack();
    await heading(page, 'In force on 30 June 2020');
    expect(await page.getByLabel('Show what was in force on').inputValue()).toBe('2020-06-30');
    await page.goForward();
    await heading(page, 'In force on 30 June 2023');
    expect(new URL(page.url()).search).toBe('?date=2023-06-30');
    await page.close();
  });

  it('opens a folded group in place and folds it again', async () => {
    expect(folded, `a group with more than ${FOLD_AFTER + 1} rules in force on ${DAY}`).toBeDefined();
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=${DAY}`);
    await heading(page, 'In force on 1 August 2026');
    const group = page.locator(`[data-testid="status-groups"] section[data-group="${folded.slug}"]`);
    expect(await group.getByTestId('group-count').textContent()).toBe(`${folded.count} rules`);
    expect(await group.locator('li[data-slug]').count()).toBe(FOLD_AFTER);
    const button = group.getByRole('button', { name: `Show all ${folded.count}` });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await group.locator('li[data-slug]').nth(folded.count - 1).waitFor();
    expect(await group.locator('li[data-slug]').count()).toBe(folded.count);
    const fewer = group.getByRole('button', { name: 'Show fewer' });
    expect(await fewer.getAttribute('aria-expanded')).toBe('true');
    await fewer.click();
    await group.getByRole('button', { name: `Show all ${folded.count}` }).waitFor();
    expect(await group.locator('li[data-slug]').count()).toBe(FOLD_AFTER);
    await page.close();
  });

  it('says where the rest of a folded group is when the page runs no script', async () => {
    const built = statusDay(ruleRecords(collection), policyMapData(collection).places, readBuildDay()).groups.find((group) => group.count > group.rules.length);
    if (!built) return expect(readFileSync(`${OUT}/status/index.html`, 'utf8')).not.toContain('more: see');
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/status/`);
    const group = page.locator(`section[data-group="${built.slug}"]`);
    expect(await group.locator('li[data-slug]').count()).toBe(FOLD_AFTER);
    expect(await group.getByText(`${built.count - FOLD_AFTER} more: see`).count()).toBe(1);
    expect(await group.getByRole('link', { name: built.name, exact: true }).last().getAttribute('href')).toBe(`/entities/${built.slug}/`);
    await context.close();
  });
});

/** The day the built page shows, from its data attribute. */
function readBuildDay(): string {
  return /data-testid="policy-map" data-date="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(`${OUT}/status/index.html`, 'utf8'))![1]!;
}
