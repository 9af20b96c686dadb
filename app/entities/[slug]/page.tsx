import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditLink } from '@/components/edit-link';
import { EntityFacts } from '@/components/entity-facts';
import { EntityTimeline } from '@/components/entity-timeline';
import { InheritedRules } from '@/components/inherited-rules';
import { EntityEntries } from '@/components/entity-entries';
import { MdxContent } from '@/components/mdx-content';
import { PlaceLocator } from '@/components/map/place-locator';
import { locatorOf } from '@/lib/map/map-data';
import { today } from '@/lib/content/dates';
import { categoryLabel } from '@/lib/content/labels';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { entityFeedPath } from '@/lib/feeds/paths';
import { inheritedRules, stanceOf } from '@/lib/policy/stance';
import { getCollection } from '@/lib/site-data';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCollection().entities.map((entity) => ({ slug: entity.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = getCollection().getEntity((await params).slug);
  return entity
    ? pageMetadata({
        path: entity.url,
        title: entity.name,
        description: `What ${entity.name} has done about facial recognition, in order.`,
        feeds: [{ path: entityFeedPath(entity.slug), title: `${entity.name}: newest entries` }],
      })
    : {};
}

export default async function EntityPage({ params }: Props) {
  const collection = getCollection();
  const entity = collection.getEntity((await params).slug);
  if (!entity) notFound();
  const appearances = collection.appearancesOf(entity);
  const stance = stanceOf(collection, entity, today());
  const inherited = entity.category === 'jurisdiction' ? inheritedRules(collection, entity) : [];
  const locator = entity.category === 'jurisdiction' ? locatorOf(collection, entity) : undefined;

  return (
    <article>
      <p className="text-sm text-slate-500 dark:text-slate-400">{categoryLabel(entity.category)}</p>
      <h1 className="mt-1 text-title font-bold tracking-tight">{entity.name}</h1>
      {stance ? (
        <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-slate-800 dark:bg-slate-800 dark:text-slate-100" data-testid="stance">
          {stance.line}
        </p>
      ) : null}
      <div className="mt-4">
        <MdxContent code={entity.body.code} />
      </div>
      {locator ? <PlaceLocator locator={locator} placeName={entity.name} /> : null}
      <EntityFacts entity={entity} collection={collection} />
      <EntityTimeline entries={appearances.map(({ entry }) => entry)} entityUrl={entity.url} />
      <EntityEntries entity={entity} appearances={appearances} />
      <InheritedRules rules={inherited} placeName={entity.name} />
      <EditLink sourceFile={entity.sourceFile} />
    </article>
  );
}
