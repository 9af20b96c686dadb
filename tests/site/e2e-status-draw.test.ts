/**
 * Another day drawn over the status page's lists, a few elements at a time, in real Chromium:
 * once the heading names the day, every group, the matrix, the map and its table are that day's,
 * in the day's order, groups added or taken away as the day has more or fewer, down to the last
 * group below the first screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/content/dates';
import { measureLabel, scopeLabel } from '@/lib/content/labels';
import { policyMapData } from '@/lib/map/map-data';
import { mapLayout } from '@/lib/map/map-layout';
import { labelOf, shadeById } from '@/lib/map/shade';
import { ruleRecords } from '@/lib/policy/rules';
import { statusDay } from '@/lib/status/status-day';
import { getCollection } from '@/lib/site-data';
import { hydrated, OUT, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();
const rules = ruleRecords(collection);
const map = policyMapData(collection);
const layout = mapLayout(map, 'full');
const onLayout = new Set(layout.places.map((place) => place.slug));
/** The places the maps draw, by slug, with their names. */
const drawn = new Map(layout.places.flatMap((place) => (place.drawn ? [[place.slug, place.name] as const] : [])));
const BUILD_DAY = /data-testid="policy-map" data-date="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(`${OUT}/status/index.html`, 'utf8'))![1]!;

const heading = (page: Page, date: string) => page.getByTestId('status-heading').filter({ hasText: `In force on ${formatDate(date)}:` }).waitFor();

/** What the page shows of its day, read from the elements a reader sees. */
function shown(page: Page) {
  return page.evaluate(() => {
    const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
    const groups = [...document.querySelectorAll('[data-testid="status-groups"] > section')].map((section) => ({
      slug: section.getAttribute('data-group'),
      name: section.querySelector('h3')?.textContent,
      count: section.querySelector('[data-testid="group-count"]')?.textContent,
      rules: [...section.querySelectorAll('li[data-slug]')].map((item) => item.getAttribute('data-slug')),
    }));
    const matrix = document.querySelector('[data-testid="status-matrix"]')!;
    const table = document.querySelector('[data-testid="map-table"]')!;
    return {
      groups,
      columns: texts(matrix, 'thead th'),
      rows: texts(matrix, 'tbody th[scope="row"]'),
      cells: [...matrix.querySelectorAll('td[data-cell]')].map((cell) => `${cell.getAttribute('data-cell')}: ${cell.querySelectorAll('li').length}`),
      places: [...table.querySelectorAll('tbody tr')].map((row) => `${row.getAttribute('data-place')}: ${row.querySelector('td:last-child')?.textContent}`),
      caption: table.querySelector('caption')?.textContent,
      labels: [...document.querySelectorAll('svg[data-map] a[data-place]')].map((link) => link.getAttribute('aria-label')).sort(),
      noRule: (document.querySelector('[data-status-part="heading"] p') as HTMLElement | null)?.hidden,
    };
  });
}

/** The same, worked out here from the content for `date`. */
function expected(date: string) {
  const day = statusDay(rules, map.places, date);
  const places = day.places.filter((place) => onLayout.has(place.slug));
  return {
    groups: day.groups.map((group) => ({ slug: group.slug, name: group.name, count: `${group.count} rule${group.count === 1 ? '' : 's'}`, rules: group.rules.map((rule) => rule.slug) })),
    columns: ['Applies to', ...day.measures.map(measureLabel)],
    rows: day.rows.map((row) => scopeLabel(row.scope)),
    cells: day.rows.flatMap((row) => row.cells.map((cell) => `${row.scope}/${cell.measure}: ${cell.rules.length}`)),
    places: places.map((place) => `${place.slug}: ${place.count}`),
    caption: `Places with rules on record, on ${formatDate(date)}`,
    labels: places.flatMap((place) => (drawn.has(place.slug) ? [labelOf(drawn.get(place.slug)!, shadeById(place.shade), place.count)] : [])).sort(),
    noRule: day.groups.length > 0,
  };
}

describe('another day drawn over the status page', () => {
  it('shows that day’s groups, matrix, map and table, adding and removing groups as days change', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 412, height: 823 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${chromium.url}/status/?date=2020-06-30`);
    await hydrated(page);
    await heading(page, '2020-06-30');
    const fewer = expected('2020-06-30');
    expect(fewer.groups.length).toBeLessThan(expected(BUILD_DAY).groups.length);
    expect(await shown(page)).toEqual(fewer);

    // The build day has more groups than 2020: the page adds them; back to 2020, it takes them away.
    await page.getByLabel('Show what was in force on').fill(BUILD_DAY);
    await heading(page, BUILD_DAY);
    expect(await shown(page)).toEqual(expected(BUILD_DAY));
    await page.getByLabel('Show what was in force on').fill('2020-06-30');
    await heading(page, '2020-06-30');
    expect(await shown(page)).toEqual(fewer);

    // The last group, far below the first screen, is there to read once scrolled to.
    const last = fewer.groups.at(-1)!;
    const section = page.locator(`section[data-group="${last.slug}"]`);
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('heading', { name: last.name, exact: true }).waitFor({ state: 'visible' });
    expect(await section.getByTestId('group-count').textContent()).toBe(last.count);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so on a day with no rule in force, and draws a day with rules after it', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/status/?date=2008-01-01`);
    await heading(page, '2008-01-01');
    const none = await shown(page);
    expect(none.groups).toEqual([]);
    expect(none.noRule).toBe(false);
    expect(await page.getByText('No rule in the tracker was in force on that day.').isVisible()).toBe(true);
    await page.getByLabel('Show what was in force on').fill('2020-06-30');
    await heading(page, '2020-06-30');
    expect(await shown(page)).toEqual(expected('2020-06-30'));
    await page.close();
  });
});
