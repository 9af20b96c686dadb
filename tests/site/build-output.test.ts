/** The built site in out/ has a page for every entry and entity, with their content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCollection } from '@/lib/site-data';
import { assertBuilt, OUT } from '../support/site';

assertBuilt();
const collection = getCollection();
const html = (path: string) => readFileSync(`${OUT}${path}index.html`, 'utf8');
const text = (path: string) => html(path).replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('build output', () => {
  it('has a page for every entry, with its title, summary and sources', () => {
    for (const entry of collection.entries) {
      const page = text(entry.url);
      expect(page, entry.url).toContain(entry.title);
      for (const source of entry.sources) expect(page, `${entry.url} source`).toContain(source.publisher);
    }
  });

  it('has a page for every entity, listing each entry that names it', () => {
    for (const entity of collection.entities) {
      const page = text(entity.url);
      expect(page, entity.url).toContain(entity.name);
      for (const { entry } of collection.appearancesOf(entity)) expect(page, `${entity.url} lists ${entry.slug}`).toContain(entry.title);
    }
  });

  it('shows a rule\'s status history with dates', () => {
    const page = text('/entries/2020-06-10-amazon-rekognition-police-moratorium/');
    expect(page).toContain('Status history');
    expect(page).toMatch(/10 June 2020 in effect/);
    expect(page).toMatch(/18 May 2021 extended/);
  });

  it('shows related entries in both directions, in words', () => {
    expect(text('/entries/2020-06-10-amazon-rekognition-police-moratorium/')).toContain('extended by Amazon');
    expect(text('/entries/2021-05-18-amazon-extends-rekognition-moratorium/')).toMatch(/extends Amazon pauses police use of Rekognition/);
  });

  it('has home, about and 404 pages', () => {
    expect(text('/')).toContain('June 2020');
    expect(text('/about/')).toContain('About the tracker');
    expect(readFileSync(`${OUT}/404.html`, 'utf8')).toContain('Page not found');
  });
});
