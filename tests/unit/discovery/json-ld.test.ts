import { describe, expect, it } from 'vitest';
import { entryJsonLd, serializeJsonLd, temporalCoverage } from '@/lib/discovery/json-ld';
import { parseSiteUrl } from '@/lib/site-config';
import { collectionOf, entryDoc } from '../../support/collection';

const address = parseSiteUrl('https://example.org/tracker');
const collection = collectionOf([
  entryDoc('2019-10-08-ab-1215', {
    kind: 'legislation',
    title: 'California bans face recognition on police body cameras',
    status: 'enacted',
    actors: ['california-legislature'],
    jurisdictions: ['california'],
    sources: [{ title: 'AB 1215', url: 'https://leginfo.example/ab1215', publisher: 'California Legislature', date: '2019-10-08' }],
  }),
  entryDoc('2020-06-10-amazon-pause', { kind: 'corporate', jurisdictions: ['united-states'] }),
]);

describe('JSON-LD on entry pages', () => {
  it('describes legislation as schema.org Legislation, with places, who is responsible and legal force', () => {
    const data = entryJsonLd(collection.getEntry('2019-10-08-ab-1215')!, collection, false, address);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://example.org/tracker/entries/2019-10-08-ab-1215/',
      name: 'California bans face recognition on police body cameras',
      legislationJurisdiction: [{ '@type': 'AdministrativeArea', name: 'California', url: 'https://example.org/tracker/entities/california/' }],
      legislationResponsible: [{ '@type': 'GovernmentOrganization', name: 'California State Legislature' }],
      legislationLegalForce: 'https://schema.org/NotInForce',
      temporalCoverage: '2019-10-08',
      citation: [{ '@type': 'CreativeWork', name: 'AB 1215', url: 'https://leginfo.example/ab1215', datePublished: '2019-10-08' }],
    });
  });

  it('describes other entries as a NewsArticle about their actors', () => {
    const data = entryJsonLd(collection.getEntry('2020-06-10-amazon-pause')!, collection, undefined, address);
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: 'Title of 2020-06-10-amazon-pause', about: [{ '@type': 'Organization', name: 'Amazon' }] });
    expect(data).not.toHaveProperty('legislationLegalForce');
  });

  it('gives the event date only as precisely as it is known', () => {
    expect(temporalCoverage({ date: '2008-10-01', datePrecision: 'month' })).toBe('2008-10');
    expect(temporalCoverage({ date: '2008-01-01', datePrecision: 'year' })).toBe('2008');
  });

  it('escapes < so no text can close the script tag', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
