/** Entry pages carry what readers' tools look for: JSON-LD, Open Graph, canonical, the cite box. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationOf } from '@/lib/citation/cite';
import { absoluteUrl } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';
import { assertBuilt, OUT } from '../support/site';

assertBuilt();
const collection = getCollection();
// Entry pages' head tags come from next/head, which marks each with `data-next-head=""` for its
// own bookkeeping; readers' tools ignore it, so the comparisons do too.
const html = (url: string) => readFileSync(`${OUT}${url}index.html`, 'utf8').replaceAll(' data-next-head=""', '');
const decode = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function jsonLdOf(url: string): unknown[] {
  return [...html(url).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? ''));
}

describe('entry pages', () => {
  it('describe legislation as schema.org Legislation and other entries as NewsArticle', () => {
    for (const entry of collection.entries) {
      const data = jsonLdOf(entry.url);
      expect(data, entry.slug).toHaveLength(1);
      expect(data[0], entry.slug).toMatchObject({
        '@context': 'https://schema.org',
        '@type': entry.kind === 'legislation' ? 'Legislation' : 'NewsArticle',
        url: absoluteUrl(entry.url),
        name: entry.title,
        dateModified: entry.reviewed,
      });
    }
  });

  it('have a canonical URL and Open Graph and Twitter tags', () => {
    const entry = collection.getEntry('2020-06-08-ibm-exits-general-purpose-facial-recognition')!;
    const page = html(entry.url);
    expect(page).toContain(`<link rel="canonical" href="${absoluteUrl(entry.url)}"/>`);
    expect(page).toContain(`<meta property="og:url" content="${absoluteUrl(entry.url)}"/>`);
    expect(page).toContain('<meta property="og:type" content="article"/>');
    expect(decode(page)).toContain(`<meta property="og:title" content="${entry.title}"/>`);
    expect(page).toContain('<meta name="twitter:card" content="summary"/>');
  });

  it('show a cite box with the APA, BibTeX and CSL-JSON of the entry', () => {
    for (const slug of ['2020-06-10-amazon-rekognition-police-moratorium', '2008-10-illinois-biometric-information-privacy-act']) {
      const entry = collection.getEntry(slug)!;
      const citation = citationOf(entry);
      const page = decode(html(entry.url).replace(/<!-- -->/g, ''));
      expect(page).toContain('Cite this entry');
      expect(page).toContain(`<pre data-format="apa"`);
      expect(page, slug).toContain(`>${citation.apa}</pre>`);
      expect(page, slug).toContain(`>${citation.bibtex}</pre>`);
      expect(page, slug).toContain(`>${citation.cslJson}</pre>`);
    }
  });
});

describe('other pages', () => {
  it('each have their own canonical URL', () => {
    for (const url of ['/', '/timeline/', '/status/', '/about/', '/data/', '/entities/amazon/']) {
      expect(html(url), url).toContain(`<link rel="canonical" href="${absoluteUrl(url)}"/>`);
    }
  });
});
