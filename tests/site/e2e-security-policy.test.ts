/** Every page type under the site's Content-Security-Policy, in real Chromium: nothing blocked. */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/content/vocab';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();
const collection = getCollection();

/** One entity of each category, so every kind of entity page is visited. */
const entityPages = CATEGORIES.values.flatMap((category) => {
  const entity = collection.entities.find((candidate) => candidate.category === category);
  return entity ? [entity.url] : [];
});

const PAGES: { path: string; ready: string }[] = [
  { path: '/', ready: 'h1' },
  { path: '/timeline/?kind=legislation&from=2020', ready: '[data-testid="match-count"]' },
  { path: '/status/?date=2026-08-01', ready: '[data-testid="status-heading"]' },
  { path: '/search/?q=amazon', ready: '[aria-label="Search results"] li' },
  { path: collection.entries.find((entry) => entry.slug === '2020-06-10-amazon-rekognition-police-moratorium')!.url, ready: 'h1' },
  ...entityPages.map((path) => ({ path, ready: 'h1' })),
  { path: '/data/', ready: 'h1' },
  { path: '/coverage/', ready: 'h1' },
  { path: '/about/', ready: 'h1' },
  { path: '/no-such-page/', ready: 'h1' },
];

describe('Content-Security-Policy', () => {
  it('is set on every page type, with a referrer policy, and blocks nothing the site itself does', async () => {
    const page = await chromium.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    // Violations are also reported as DOM events; collect them inside the page.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const store = (window as unknown as { __cspViolations?: string[] });
        (store.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const { path, ready } of PAGES) {
      await page.goto(`${chromium.url}${path}`);
      await page.locator(ready).first().waitFor();
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toContain("object-src 'none'");
      expect(await page.locator('meta[name="referrer"]').getAttribute('content'), path).toBe('no-referrer');
      const inPage = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      violations.push(...inPage.map((violation) => `${path}: ${violation}`));
    }
    // The header search box fetches its index from this site: allowed by connect-src 'self'.
    await page.goto(`${chromium.url}/timeline/2020/`);
    await hydrated(page);
    await page.getByRole('combobox', { name: 'Search the tracker' }).pressSequentially('clearview');
    await page.getByRole('option').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
