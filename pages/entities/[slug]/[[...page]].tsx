/**
 * An entity's page (`/entities/<slug>/`) and the later pages of its entries
 * (`/entities/<slug>/page/<n>/`), in one route. Like entry pages (pages/entries/[slug].tsx) they
 * are built by the Pages Router without React's runtime: they hold no control that needs React,
 * so they load no script file and carry no route data, only their HTML.
 */
import type { GetStaticPaths, GetStaticProps } from 'next';
import { EntityFirstPage, EntityLaterPage } from '@/components/entity-page';
import { StaticArticlePage, type StaticPageProps } from '@/components/static-page';
import { staticPageProps } from '@/components/static-page-props';
import { today } from '@/lib/content/dates';
import { entityPageMeta, entityPageRefs, findEntityPage } from '@/lib/entity-pages';
import { locatorOf } from '@/lib/map/map-data';
import { pageNumberOf, pageSegments } from '@/lib/paging/list-pages';
import { inheritedRules, stanceOf } from '@/lib/policy/stance';
import { getCollection } from '@/lib/site-data';
import { pageOutput } from '@/lib/export/incremental/hash-outputs';
import { plannedOnly } from '@/lib/export/incremental/render-plan';

export const config = { unstable_runtimeJS: false };

type Params = { slug: string; page?: string[] };

export const getStaticPaths: GetStaticPaths<Params> = async () => ({
  paths: (await plannedOnly('/entities/[slug]/[[...page]]', entityPageRefs(getCollection()).map(({ slug, number }) => ({ slug, page: pageSegments(number) })), pageOutput(getStaticProps))).map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, Params> = ({ params }) => {
  const collection = getCollection();
  const found = params ? findEntityPage(collection, params.slug, pageNumberOf(params.page)) : undefined;
  if (!found) return { notFound: true };
  const { entity, number } = found;
  const isPlace = entity.category === 'jurisdiction';
  const content =
    number > 1 ? (
      <EntityLaterPage entity={entity} collection={collection} pageNumber={number} />
    ) : (
      <EntityFirstPage
        entity={entity}
        collection={collection}
        stance={stanceOf(collection, entity, today())}
        inherited={isPlace ? inheritedRules(collection, entity) : []}
        locator={isPlace ? locatorOf(collection, entity) : undefined}
      />
    );
  return { props: staticPageProps(entityPageMeta(found), content) };
};

export default StaticArticlePage;
