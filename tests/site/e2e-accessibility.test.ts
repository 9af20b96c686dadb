/**
 * Every page type, in the light and the dark theme, checked by axe-core in real Chromium: any
 * violation fails, and the failure names each rule, the elements it found and how to fix it.
 * No rule is turned off and nothing on the pages is excluded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, type PageType } from '../support/page-types';
import { siteInChromium } from '../support/site';

const chromium = siteInChromium();
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
/** axe reads every node of the page: the full timeline is thousands, slow on a busy machine. */
const AXE_TIMEOUT = 180_000;

/** Opens a page with the reader's stored theme choice, as the theme toggle leaves it. */
async function openInTheme(browser: Browser, url: string, pageType: PageType, theme: Theme, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((choice) => window.localStorage.setItem('theme', choice), theme);
  const page = await context.newPage();
  await page.goto(`${url}${pageType.path}`);
  await pageType.ready(page);
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  return page;
}

/** One axe finding as lines a reader can act on: rule, impact, help, and every element it found. */
const describeViolation = (violation: Result) =>
  `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${violation.nodes
    .map((node) => `  at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n\s*/g, ' ')}`)
    .join('\n')}`;

/** axe's findings on the page as it stands. */
async function violations(page: Page): Promise<string[]> {
  // axe skips what is hidden: unfold every folded box (the citation, a long thread) so it is checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map(describeViolation);
}

describe.each(THEMES)('axe-core at 1280 px, %s theme', (theme) => {
  it.each(PAGE_TYPES.map((pageType) => [pageType.name, pageType] as const))(
    '%s has no violations',
    async (_name, pageType) => {
      const page = await openInTheme(chromium.browser, chromium.url, pageType, theme);
      expect(await violations(page), `${pageType.path} in the ${theme} theme`).toEqual([]);
      await page.context().close();
    },
    AXE_TIMEOUT,
  );
});

describe.each(THEMES)('axe-core at 360 px, %s theme', (theme) => {
  it('the search page with its filters opened from the button has no violations', async () => {
    const search = PAGE_TYPES.find((pageType) => pageType.name === 'search with results')!;
    const page = await openInTheme(chromium.browser, chromium.url, search, theme, { width: 360, height: 740 });
    await page.getByRole('button', { name: /^Sort and filter/ }).click();
    await page.getByRole('complementary', { name: 'Refine results' }).waitFor({ state: 'visible' });
    expect(await violations(page), `${search.path} at 360 px in the ${theme} theme`).toEqual([]);
    await page.context().close();
  }, AXE_TIMEOUT);
});
