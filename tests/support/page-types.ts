/**
 * One page of every type the site has, and how to know it has finished drawing, for the tests
 * that look at every page (accessibility, width on a phone).
 */
import type { Page } from 'playwright-core';
import { CATEGORIES } from '@/lib/content/vocab';
import { getCollection } from '@/lib/site-data';
import { hydrated } from './site';

export interface PageType {
  name: string;
  path: string;
  /** Resolves once the page shows what the test should look at (hydrated, results drawn). */
  ready: (page: Page) => Promise<void>;
}

const collection = getCollection();

/** For each entity category the record uses, the entity that appears in most entries: its page is the fullest. */
function entityOfEachCategory(): PageType[] {
  return CATEGORIES.values.flatMap((category) => {
    const [richest] = collection.entities
      .filter((entity) => entity.category === category)
      .map((entity) => ({ entity, count: collection.appearancesOf(entity).length }))
      .sort((a, b) => b.count - a.count || a.entity.slug.localeCompare(b.entity.slug));
    return richest ? [{ name: `entity (${category}: ${richest.entity.slug})`, path: richest.entity.url, ready: hydrated }] : [];
  });
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/', ready: hydrated },
  {
    name: 'timeline with filters',
    path: '/timeline/?kind=legislation&from=2020-06',
    ready: (page) => page.getByTestId('match-count').filter({ hasText: /of \d+ entries match/ }).waitFor(),
  },
  { name: 'timeline year', path: '/timeline/2020/', ready: hydrated },
  {
    name: 'status with a date',
    path: '/status/?date=2020-06-30',
    ready: (page) => page.getByTestId('status-heading').filter({ hasText: 'In force on 30 June 2020' }).waitFor(),
  },
  {
    name: 'search with results',
    path: '/search/?q=amazon',
    ready: (page) => page.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor(),
  },
  { name: 'entry', path: '/entries/2020-06-10-amazon-rekognition-police-moratorium/', ready: hydrated },
  ...entityOfEachCategory(),
  { name: 'entity, page 2 of its entries', path: '/entities/united-states/page/2/', ready: hydrated },
  { name: 'coverage', path: '/coverage/', ready: hydrated },
  { name: 'data', path: '/data/', ready: hydrated },
  { name: 'about', path: '/about/', ready: hydrated },
  { name: 'not found (404)', path: '/no-such-page/', ready: hydrated },
];
