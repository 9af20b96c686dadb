import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityEntries } from '@/components/entity-entries';
import { SiteLink } from '@/components/site-link';
import { categoryLabel } from '@/lib/content/labels';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { entityFeedPath } from '@/lib/feeds/paths';
import { ENTITY_PAGE_SIZE, laterPages, pageCount, pagePath } from '@/lib/paging/list-pages';
import { getCollection } from '@/lib/site-data';

/** Pages 2 and on of an entity's entries (`/entities/<slug>/page/<n>/`); page 1 is the entity's own page. */
type Props = { params: Promise<{ slug: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const collection = getCollection();
  return collection.entities.flatMap((entity) =>
    laterPages(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE).map((number) => ({ slug: entity.slug, page: String(number) })),
  );
}

async function find(params: Props['params']) {
  const { slug, page } = await params;
  const collection = getCollection();
  const entity = collection.getEntity(slug);
  const number = Number(page);
  if (!entity) return undefined;
  const count = pageCount(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE);
  return number >= 2 && number <= count ? { collection, entity, number, count } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { entity, number, count } = found;
  return pageMetadata({
    path: pagePath(entity.url, number),
    title: `${entity.name}: entries, page ${number} of ${count}`,
    description: `What ${entity.name} has done about facial recognition, in order: page ${number} of ${count}.`,
    feeds: [{ path: entityFeedPath(entity.slug), title: `${entity.name}: newest entries` }],
  });
}

export default async function EntityEntriesPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { collection, entity, number } = found;
  return (
    <article>
      <p className="text-sm text-slate-500 dark:text-slate-400">{categoryLabel(entity.category)}</p>
      <h1 className="mt-1 text-title font-bold tracking-tight">{entity.name}</h1>
      <p className="mt-3">
        <SiteLink href={entity.url} className="text-accent-700 underline dark:text-accent-300">
          Where {entity.name} stands, and its timeline
        </SiteLink>
      </p>
      <EntityEntries entity={entity} appearances={collection.appearancesOf(entity)} pageNumber={number} />
    </article>
  );
}
