import type { Collection } from '@/lib/content/collection';
import type { Entity } from '@/lib/content/model';
import { categoryLabel } from '@/lib/content/labels';
import type { Locator } from '@/lib/map/map-data';
import type { InheritedRule, Stance } from '@/lib/policy/stance';
import { EditLink } from './edit-link';
import { EntityEntries } from './entity-entries';
import { EntityFacts } from './entity-facts';
import { EntityTimeline } from './entity-timeline';
import { InheritedRules } from './inherited-rules';
import { PlaceLocator } from './map/place-locator';
import { MdxContent } from './mdx-content';
import { SiteLink } from './site-link';

function EntityHeading({ entity }: { entity: Entity }) {
  return (
    <>
      <p className="text-sm text-slate-500 dark:text-slate-400">{categoryLabel(entity.category)}</p>
      <h1 className="mt-1 text-title font-bold tracking-tight">{entity.name}</h1>
    </>
  );
}

/**
 * An entity's own page: where it stands, its description, facts, small timeline and the first
 * page of its entries. The route wraps it in its `<article>` (pages/entities/[slug]/[[...page]].tsx).
 */
export function EntityFirstPage({ entity, collection, stance, inherited, locator }: {
  entity: Entity;
  collection: Collection;
  stance: Stance | undefined;
  inherited: readonly InheritedRule[];
  locator: Locator | undefined;
}) {
  const appearances = collection.appearancesOf(entity);
  return (
    <>
      <EntityHeading entity={entity} />
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
    </>
  );
}

/** A later page of an entity's entries: only the list, with a link back to the entity's own page. */
export function EntityLaterPage({ entity, collection, pageNumber }: { entity: Entity; collection: Collection; pageNumber: number }) {
  return (
    <>
      <EntityHeading entity={entity} />
      <p className="mt-3">
        <SiteLink href={entity.url} className="text-accent-700 underline dark:text-accent-300">
          Where {entity.name} stands, and its timeline
        </SiteLink>
      </p>
      <EntityEntries entity={entity} appearances={collection.appearancesOf(entity)} pageNumber={pageNumber} />
    </>
  );
}
