import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityFirstPage, EntityLaterPage } from '@/components/entity-page';
import { today } from '@/lib/content/dates';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { entityFeedPath } from '@/lib/feeds/paths';
import { locatorOf } from '@/lib/map/map-data';
import { ENTITY_PAGE_SIZE, laterPages, pageCount, pageNumberOf, pagePath, pageSegments } from '@/lib/paging/list-pages';
import { inheritedRules, stanceOf } from '@/lib/policy/stance';
import { getCollection } from '@/lib/site-data';

/**
 * An entity's page (`/entities/<slug>/`) and the later pages of its entries
 * (`/entities/<slug>/page/<n>/`), in one route so the export always has pages to build for it.
 */
type Props = { params: Promise<{ slug: string; page?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const collection = getCollection();
  return collection.entities.flatMap((entity) =>
    [1, ...laterPages(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE)].map((number) => ({ slug: entity.slug, page: pageSegments(number) })),
  );
}

async function find(params: Props['params']) {
  const { slug, page } = await params;
  const collection = getCollection();
  const entity = collection.getEntity(slug);
  const number = pageNumberOf(page);
  if (!entity || number === undefined) return undefined;
  const count = pageCount(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE);
  return number <= count ? { collection, entity, number, count } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { entity, number, count } = found;
  const ofPages = number === 1 ? '' : `, page ${number} of ${count}`;
  return pageMetadata({
    path: pagePath(entity.url, number),
    title: number === 1 ? entity.name : `${entity.name}: entries${ofPages}`,
    description: `What ${entity.name} has done about facial recognition, in order${ofPages}.`,
    feeds: [{ path: entityFeedPath(entity.slug), title: `${entity.name}: newest entries` }],
  });
}

export default async function EntityPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { collection, entity, number } = found;
  if (number > 1) return <EntityLaterPage entity={entity} collection={collection} pageNumber={number} />;
  const isPlace = entity.category === 'jurisdiction';
  return (
    <EntityFirstPage
      entity={entity}
      collection={collection}
      stance={stanceOf(collection, entity, today())}
      inherited={isPlace ? inheritedRules(collection, entity) : []}
      locator={isPlace ? locatorOf(collection, entity) : undefined}
    />
  );
}
