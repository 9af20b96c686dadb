/**
 * The map of rules in force, in real Chromium: drawn into the built HTML (no script needed),
 * every place a keyboard-reachable link with a name that says what binds there, re-shaded when
 * the day changes (Virginia's ban, set aside from 1 July 2022 and back from 1 July 2026), the
 * table beside it saying the same, a locator on place pages, and no sideways scroll on a phone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHADES } from '@/lib/map/shade';
import { hydrated, OUT, siteInChromium } from '../support/site';

const chromium = siteInChromium();

const virginia = (page: Page) => page.locator('[data-map="us"] a[data-place="virginia"]');

async function chooseDate(page: Page, date: string) {
  await page.locator('input[name="date"]').fill(date);
  await page.locator(`[data-testid="policy-map"][data-date="${date}"]`).waitFor();
}

/** Every place on the maps against its row in the table: same shade, same count of rules in force. */
async function mapAndTable(page: Page) {
  return page.evaluate(() => {
    const rows = new Map([...document.querySelectorAll('[data-testid="map-table"] tbody tr')].map((row) => [row.getAttribute('data-place'), row]));
    return [...document.querySelectorAll('svg[data-map] a[data-place]')].flatMap((link) => {
      const row = rows.get(link.getAttribute('data-place'));
      const count = /: (\d+) rules? in force/.exec(link.getAttribute('aria-label') ?? '')?.[1] ?? '0';
      const same = row && row.getAttribute('data-shade') === link.getAttribute('data-shade') && row.querySelector('td:last-child')?.textContent === count;
      return same ? [] : [link.getAttribute('aria-label')];
    });
  });
}

describe('the map of rules in force', () => {
  it('is in the built HTML of the status and home pages, with a legend in words', () => {
    for (const file of [`${OUT}/status/index.html`, `${OUT}/index.html`]) {
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/<svg[^>]*data-map="us"/);
      expect(html).toMatch(/<svg[^>]*data-map="world"/);
      expect(html).toMatch(/<a [^>]*aria-label="Illinois: \d+ rules in force \(/);
      for (const shade of SHADES) expect(html).toContain(`>${shade.label}</li>`);
    }
  });

  it('shows without JavaScript', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/status/`);
    const box = await virginia(page).boundingBox();
    expect(box && box.width > 10 && box.height > 10).toBe(true);
    expect(await page.getByRole('link', { name: /^Illinois: \d+ rules in force/ }).count()).toBe(1);
    await context.close();
  });

  it('re-shades Virginia when the day changes, and the table says the same', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2022-06-30`);
    await hydrated(page);
    await page.locator('[data-testid="policy-map"][data-date="2022-06-30"]').waitFor();
    expect(await virginia(page).getAttribute('data-shade')).toBe('ban');
    expect(await virginia(page).getAttribute('aria-label')).toBe('Virginia: 1 rule in force (ban)');

    await chooseDate(page, '2023-01-01');
    expect(await virginia(page).getAttribute('data-shade')).toBe('restrictions');
    expect(await virginia(page).getAttribute('aria-label')).toBe('Virginia: 1 rule in force (restrictions on use)');
    expect(await page.locator('[data-testid="map-table"] tr[data-place="virginia"]').getAttribute('data-shade')).toBe('restrictions');
    expect(await mapAndTable(page)).toEqual([]);

    await chooseDate(page, '2026-08-01');
    expect(await virginia(page).getAttribute('data-shade')).toBe('ban');
    expect(await page.locator('[data-testid="map-table"] tr[data-place="virginia"] td').first().textContent()).toBe('ban');
    expect(await mapAndTable(page)).toEqual([]);
    await page.close();
  });

  it('lets a keyboard reach each place, named by what binds there, and open its page', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2024-01-01`);
    await hydrated(page);
    await page.locator('[data-testid="policy-map"][data-date="2024-01-01"]').waitFor();
    // Tab from the date field until focus reaches the map.
    await page.locator('input[name="date"]').focus();
    let name = '';
    for (let i = 0; i < 80 && !name; i += 1) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement?.closest('svg[data-map]') ? (document.activeElement.getAttribute('aria-label') ?? 'unnamed') : ''));
    }
    expect(name).toMatch(/^[^:]+: (\d+ rules? in force \(.+\)|no rule in force)$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/: (\d+ rules? in force|no rule in force)/);

    await page.getByRole('link', { name: /^Illinois: \d+ rules in force/ }).focus();
    await Promise.all([page.waitForURL(/\/entities\/illinois\/$/), page.keyboard.press('Enter')]);
    await page.locator('h1', { hasText: 'Illinois' }).waitFor();
    await page.close();
  });

  it('shades in the dark theme with the dark colours', async () => {
    const context = await chromium.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/status/?date=2026-08-01`);
    await hydrated(page);
    await page.locator('[data-testid="policy-map"][data-date="2026-08-01"]').waitFor();
    const fill = () => virginia(page).locator('use').evaluate((shape) => getComputedStyle(shape).fill);
    expect(await fill()).toBe('rgb(251, 113, 133)'); // the ban's dark shade, #fb7185
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    expect(await fill()).toBe('rgb(159, 18, 57)'); // and its light shade, #9f1239
    await context.close();
  });

  it('puts a locator on place pages: a shape for a state, a mark for a city', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/entities/illinois/`);
    const illinois = page.locator('[data-testid="locator"] svg');
    expect(await illinois.getAttribute('aria-label')).toBe('Illinois on a map of the United States');
    expect(await illinois.locator('path').count()).toBe(2);
    await page.goto(`${chromium.url}/entities/sao-paulo/`);
    const saoPaulo = page.locator('[data-testid="locator"] svg');
    expect(await saoPaulo.getAttribute('aria-label')).toBe('São Paulo on a map of the world');
    expect(await saoPaulo.locator('circle').count()).toBe(1);
    await page.close();
  });

  for (const width of [360, 1280]) {
    it(`fits a ${width} px wide window without sideways scroll`, async () => {
      const page = await chromium.browser.newPage({ viewport: { width, height: 800 } });
      for (const path of ['/status/?date=2023-01-01', '/', '/entities/boston/']) {
        await page.goto(`${chromium.url}${path}`);
        await hydrated(page);
        const { scroll, inner, mapWidth } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
          mapWidth: document.querySelector('svg[data-map]')?.getBoundingClientRect().width ?? 0,
        }));
        expect(scroll, path).toBeLessThanOrEqual(inner);
        expect(mapWidth, path).toBeGreaterThan(width === 360 ? 250 : 300);
      }
      await page.close();
    });
  }
});
