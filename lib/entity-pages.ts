/**
 * Which entity pages the site builds and what their heads say: an entity's own page
 * (`/entities/<slug>/`) and the later pages of its entries (`/entities/<slug>/page/<n>/`), read
 * by pages/entities/[slug]/[[...page]].tsx.
 */
import type { Collection } from './content/collection';
import type { Entity } from './content/model';
import type { PageMeta } from './discovery/page-metadata';
import { entityFeedPath } from './feeds/paths';
import { ENTITY_PAGE_SIZE, laterPages, pageCount, pagePath } from './paging/list-pages';

export interface EntityPageRef {
  slug: string;
  /** 1 for the entity's own page. */
  number: number;
}

export interface EntityPage {
  entity: Entity;
  number: number;
  /** How many pages the entity's entries fill. */
  count: number;
}

/** Every entity page to build: each entity's own page, then one per later page of its entries. */
export function entityPageRefs(collection: Collection): EntityPageRef[] {
  return collection.entities.flatMap((entity) =>
    [1, ...laterPages(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE)].map((number) => ({ slug: entity.slug, number })),
  );
}

/** The page `number` of entity `slug`, or undefined when there is no such entity or page. */
export function findEntityPage(collection: Collection, slug: string, number: number | undefined): EntityPage | undefined {
  const entity = collection.getEntity(slug);
  if (!entity || number === undefined) return undefined;
  const count = pageCount(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE);
  return number <= count ? { entity, number, count } : undefined;
}

/** The page's title, description, address and feeds. */
export function entityPageMeta({ entity, number, count }: EntityPage): PageMeta {
  const ofPages = number === 1 ? '' : `, page ${number} of ${count}`;
  return {
    path: pagePath(entity.url, number),
    title: number === 1 ? entity.name : `${entity.name}: entries${ofPages}`,
    description: `What ${entity.name} has done about facial recognition, in order${ofPages}.`,
    feeds: [{ path: entityFeedPath(entity.slug), title: `${entity.name}: newest entries` }],
  };
}
