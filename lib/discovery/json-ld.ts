/**
 * Structured data for search engines on entry pages (schema.org in JSON-LD): `Legislation` for
 * legislation, `NewsArticle` for the rest. Everything in it comes from the entry's fields.
 */
import type { Collection } from '../content/collection';
import type { Entity, Entry } from '../content/model';
import { DATA_LICENCE } from '../data/licence';
import { absoluteUrl, SITE, SITE_ADDRESS, type SiteAddress } from '../site-config';

type Thing = Record<string, unknown>;

const TYPE_OF_CATEGORY: Record<Entity['category'], string> = {
  company: 'Organization',
  organization: 'Organization',
  government: 'GovernmentOrganization',
  jurisdiction: 'AdministrativeArea',
  person: 'Person',
  product: 'Product',
};

function thing(entity: Entity, address: SiteAddress): Thing {
  return { '@type': TYPE_OF_CATEGORY[entity.category], name: entity.name, url: absoluteUrl(entity.url, address) };
}

/** The event's date as precisely as it is known: `2020`, `2020-06` or `2020-06-10`. */
export function temporalCoverage(entry: Pick<Entry, 'date' | 'datePrecision'>): string {
  if (entry.datePrecision === 'year') return entry.date.slice(0, 4);
  if (entry.datePrecision === 'month') return entry.date.slice(0, 7);
  return entry.date;
}

/**
 * `inForce` is whether the rule binds on the build day (undefined when it is not a rule); it
 * becomes schema.org's `legislationLegalForce`.
 */
export function entryJsonLd(entry: Entry, collection: Collection, inForce?: boolean, address: SiteAddress = SITE_ADDRESS): Thing {
  const permalink = absoluteUrl(entry.url, address);
  const entities = (slugs: readonly string[] | undefined) =>
    (slugs ?? []).flatMap((slug) => {
      const entity = collection.getEntity(slug);
      return entity ? [thing(entity, address)] : [];
    });
  const common: Thing = {
    '@context': 'https://schema.org',
    '@id': permalink,
    url: permalink,
    name: entry.title,
    description: entry.summary,
    inLanguage: 'en',
    datePublished: entry.added,
    dateModified: entry.reviewed,
    temporalCoverage: temporalCoverage(entry),
    keywords: (entry.topics ?? []).map((slug) => collection.getTopic(slug)?.label ?? slug),
    license: DATA_LICENCE.url,
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: `${address.url}/` },
    publisher: { '@type': 'Organization', name: SITE.name, url: `${address.url}/` },
    citation: entry.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.date ? { datePublished: source.date } : {}),
    })),
  };

  if (entry.kind === 'legislation') {
    return {
      ...common,
      '@type': 'Legislation',
      legislationJurisdiction: entities(entry.jurisdictions),
      legislationResponsible: entities(entry.actors),
      ...(inForce === undefined
        ? {}
        : { legislationLegalForce: inForce ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce' }),
    };
  }
  return {
    ...common,
    '@type': 'NewsArticle',
    headline: entry.title,
    author: { '@type': 'Organization', name: SITE.name, url: `${address.url}/` },
    about: entities(entry.actors),
    spatialCoverage: entities(entry.jurisdictions),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
