/**
 * Every page type, in the light and the dark theme, checked by axe-core in real Chromium: any
 * violation fails, and the failure names each rule, the elements it found and how to fix it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, type PageType } from '../support/page-types';
import { siteInChromium } from '../support/site';

const chromium = siteInChromium();
const THEMES = ['light', 'dark'] as const;

/** Opens a page with the reader's stored theme choice, as the theme toggle leaves it. */
async function openInTheme(browser: Browser, url: string, pageType: PageType, theme: (typeof THEMES)[number]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((choice) => window.localStorage.setItem('theme', choice), theme);
  const page = await context.newPage();
  await page.goto(`${url}${pageType.path}`);
  await pageType.ready(page);
  return { context, page };
}

describe.each(THEMES)('axe-core, %s theme', (theme) => {
  it.each(PAGE_TYPES.map((pageType) => [pageType.name, pageType] as const))('%s has no violations', async (_name, pageType) => {
    const { context, page } = await openInTheme(chromium.browser, chromium.url, pageType, theme);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const report = violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`,
    );
    expect(report, `${pageType.path} in the ${theme} theme`).toEqual([]);
    await context.close();
  });
});
