/**
 * The site on a phone (360 px wide) in real Chromium: no page scrolls sideways, not even inside a
 * box, the search page shows its results before its filters, and the header's search is at hand.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../support/page-types';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const PHONE = { width: 360, height: 740 };

async function onPhone(browser: Browser, theme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  await context.addInitScript((choice) => window.localStorage.setItem('theme', choice), theme);
  return context.newPage();
}

/**
 * What reaches past the right edge of the screen: the page's own width, and every visible
 * element whose box ends beyond it (a box that scrolls sideways inside the page counts too).
 */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}`;
    const past = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > edge + 1 && getComputedStyle(el).visibility !== 'hidden';
      })
      .slice(0, 5)
      .map((el) => `${name(el)} ends at ${Math.round(el.getBoundingClientRect().right)} px: “${(el.textContent ?? '').trim().slice(0, 40)}”`);
    return { scrollWidth: document.documentElement.scrollWidth, edge, past };
  });
}

describe('at 360 px', () => {
  it.each(PAGE_TYPES.map((pageType) => [pageType.name, pageType] as const))('%s reads without sideways scrolling', async (_name, pageType) => {
    const page = await onPhone(chromium.browser);
    await page.goto(`${chromium.url}${pageType.path}`);
    await pageType.ready(page);
    const { scrollWidth, edge, past } = await sidewaysOverflow(page);
    expect(edge).toBe(PHONE.width);
    expect(past, pageType.path).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(edge);
    // A kind's badge keeps its word on one line, however narrow the row it sits in.
    const brokenBadges = await page.locator('span[data-kind]').evaluateAll((badges) =>
      badges.filter((badge) => badge.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(badge).fontSize)).map((badge) => badge.textContent),
    );
    expect(brokenBadges).toEqual([]);
    await page.context().close();
  });

  it('draws the overview chart at the phone\'s width, with its words at their size and a key naming every colour', async () => {
    const page = await onPhone(chromium.browser, 'dark');
    await page.goto(`${chromium.url}/timeline/`);
    await hydrated(page);
    const chart = page.locator('figure svg').first();
    // Drawn at its own width: one unit of the drawing is one pixel on screen.
    await expect.poll(() => chart.evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width - svg.getBoundingClientRect().width)).toBeLessThan(1);
    const yearSize = await chart.locator('text').first().evaluate((text) => text.getBoundingClientRect().height);
    expect(yearSize).toBeGreaterThanOrEqual(10);
    const key = await page.getByTestId('overview-key').innerText();
    for (const word of ['Corporate', 'Legislation', 'Advocacy', 'Research', 'Legal']) expect(key).toContain(word);
    await page.context().close();
  });

  it('search shows the first result on the first screen, above the filters, which open from a button', async () => {
    const page = await onPhone(chromium.browser);
    await page.goto(`${chromium.url}/search/?q=amazon`);
    const first = page.getByRole('list', { name: 'Search results' }).locator('li').first();
    await first.waitFor();
    const firstBox = (await first.boundingBox())!;
    expect(firstBox.y + firstBox.height).toBeLessThanOrEqual(PHONE.height);

    const refine = page.getByRole('complementary', { name: 'Refine results' });
    expect(await refine.isVisible()).toBe(false);
    const button = page.getByRole('button', { name: /^Sort and filter/ });
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // From the keyboard: focus the button, Enter opens the filters, which then can be used.
    await button.focus();
    await page.keyboard.press('Enter');
    await refine.waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: /^Hide sort and filters/ }).getAttribute('aria-expanded')).toBe('true');
    const kind = refine.getByRole('group', { name: 'Kind' }).getByRole('checkbox').first();
    await kind.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.location.search.includes('kind='));
    // The button says how many refinements are chosen, and closes the panel again.
    const hide = page.getByRole('button', { name: 'Hide sort and filters (1 chosen)' });
    await hide.waitFor();
    await hide.press('Enter');
    await refine.waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: 'Sort and filter (1 chosen)' }).getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('keeps the header\'s search box on screen, one tap away', async () => {
    for (const path of ['/entries/2020-06-10-amazon-rekognition-police-moratorium/', '/entities/amazon/', '/timeline/2020/']) {
      const page = await onPhone(chromium.browser);
      await page.goto(`${chromium.url}${path}`);
      await hydrated(page);
      const box = page.getByRole('combobox', { name: 'Search the tracker' });
      expect(await box.isVisible(), path).toBe(true);
      const { y, width } = (await box.boundingBox())!;
      expect(y, path).toBeLessThan(PHONE.height / 3);
      expect(width, path).toBeGreaterThan(PHONE.width / 2);
      await box.tap();
      await box.pressSequentially('rekognition');
      if (/^\/(entries|entities)\//.test(path)) {
        // Entry and entity pages load no script: the box is a form, and Enter opens the search page.
        await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
        await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
      } else {
        await page.getByRole('option').first().waitFor();
        const panel = await page.getByRole('listbox').boundingBox();
        expect(panel!.x + panel!.width).toBeLessThanOrEqual(PHONE.width);
      }
      await page.context().close();
    }
  });

  it('shows the search page\'s filters beside the results on a wide screen, with no button', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/search/?q=amazon`);
    await page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
    expect(await page.getByRole('complementary', { name: 'Refine results' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Sort and filter/ }).isVisible()).toBe(false);
    await context.close();
  });
});
