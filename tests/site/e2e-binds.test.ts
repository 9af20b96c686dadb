/**
 * Who a rule binds, as a reader sees it in Chromium on a desktop and a phone: the ACLU sued
 * Clearview AI and acted in the settlement, but the settlement binds Clearview, so only
 * Clearview's page, its status group and the entry's facts say so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const SETTLEMENT = '2022-05-09-aclu-clearview-settlement';
/** The entity page's list of every entry naming it. */
const ENTRIES = 'section[aria-labelledby="entries-heading"]';
const SETTLEMENT_RULE = 'sales halt and use restrictions for private sector, police, government since 11 May 2022 (United States, Illinois)';

/** Whether an element lies inside the viewport's width: nothing cut off or scrolled sideways. */
async function fitsWidth(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.left >= 0 && box.right <= document.documentElement.clientWidth;
  });
}

describe.each([1280, 360])('who a rule binds, %i px wide', (width) => {
  async function open(path: string): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${chromium.url}${path}`);
    await hydrated(page);
    return page;
  }

  it('shows the Clearview settlement in Clearview AI\'s stance line and not in the ACLU\'s', async () => {
    const clearview = await open('/entities/clearview-ai/');
    const stance = clearview.getByTestId('stance');
    expect(await stance.textContent()).toContain(SETTLEMENT_RULE);
    expect(await fitsWidth(clearview, '[data-testid="stance"]')).toBe(true);
    await clearview.close();

    const aclu = await open('/entities/aclu/');
    expect(await aclu.locator('h1').textContent()).toBe('American Civil Liberties Union');
    // The ACLU acted in the settlement: it is listed, marked "acted", and nothing says it is bound.
    expect(await aclu.getByTestId('stance').count()).toBe(0);
    expect(await aclu.locator('main').textContent()).not.toContain('sales halt');
    const item = aclu.locator(`${ENTRIES} li:has(a[href="/entries/${SETTLEMENT}/"])`);
    expect(await item.textContent()).toContain('acted');
    expect(await item.textContent()).not.toContain('binds it');
    await aclu.close();
  });

  it('lists an order under the company it binds, even where the company did not act', async () => {
    const page = await open('/entities/clearview-ai/');
    const italy = page.locator(`${ENTRIES} li:has(a[href="/entries/2022-03-09-italy-fines-clearview-ai/"])`);
    expect(await italy.textContent()).toContain('binds it');
    await page.close();
  });

  it('groups the settlement under Clearview AI on the status page', async () => {
    const page = await open('/status/?date=2022-06-30');
    await page.getByTestId('status-heading').filter({ hasText: '30 June 2022' }).waitFor();
    const group = page.locator('[data-testid="status-groups"] section', { has: page.getByRole('heading', { name: 'Clearview AI', exact: true }) });
    expect(await group.locator(`li[data-slug="${SETTLEMENT}"]`).count()).toBe(1);
    expect(await group.getByRole('link', { name: 'Clearview AI', exact: true }).getAttribute('href')).toBe('/entities/clearview-ai/');
    // Not under the places it applies in, nor under the ACLU.
    const others = page.locator('[data-testid="status-groups"] section', { has: page.locator(`li[data-slug="${SETTLEMENT}"]`) });
    expect(await others.count()).toBe(1);
    expect(await fitsWidth(page, `li[data-slug="${SETTLEMENT}"]`)).toBe(true);
    await page.close();
  });

  it('names whom the rule binds among the entry\'s facts', async () => {
    const page = await open(`/entries/${SETTLEMENT}/`);
    const row = page.locator('dt', { hasText: /^Binds$/ }).locator('xpath=..');
    expect(await row.locator('dd').textContent()).toBe('Clearview AI');
    expect(await row.getByRole('link', { name: 'Clearview AI' }).getAttribute('href')).toBe('/entities/clearview-ai/');
    expect(await fitsWidth(page, 'dl')).toBe(true);
    await page.close();
  });
});
