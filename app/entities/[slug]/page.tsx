import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DefinitionRow } from '@/components/definition-row';
import { EditLink } from '@/components/edit-link';
import { EntityLinks } from '@/components/entity-links';
import { EntityTimeline } from '@/components/entity-timeline';
import { InheritedRules } from '@/components/inherited-rules';
import { EntryList } from '@/components/entry-list';
import { MdxContent } from '@/components/mdx-content';
import { today } from '@/lib/content/dates';
import { categoryLabel } from '@/lib/content/labels';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { entityFeedPath } from '@/lib/feeds/paths';
import { withBasePath } from '@/lib/site-config';
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
  const roles = new Map(appearances.map(({ entry, roles }) => [entry.slug, roles]));
  const stance = stanceOf(collection, entity, today());
  const inherited = entity.category === 'jurisdiction' ? inheritedRules(collection, entity) : [];

  return (
    <article>
      <p className="text-sm text-slate-500 dark:text-slate-400">{categoryLabel(entity.category)}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{entity.name}</h1>
      {stance ? (
        <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-slate-800 dark:bg-slate-800 dark:text-slate-100" data-testid="stance">
          {stance.line}
        </p>
      ) : null}
      <div className="mt-4">
        <MdxContent code={entity.body.code} />
      </div>
      <dl className="mt-6 divide-y divide-slate-100 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {entity.aliases?.length ? <DefinitionRow label="Also known as">{entity.aliases.join(', ')}</DefinitionRow> : null}
        {entity.level ? <DefinitionRow label="Level">{entity.level}</DefinitionRow> : null}
        {entity.parent ? (
          <DefinitionRow label="Part of">
            <EntityLinks slugs={[entity.parent]} collection={collection} />
          </DefinitionRow>
        ) : null}
        {entity.website ? (
          <DefinitionRow label="Website">
            <a href={entity.website} className="text-accent-700 underline dark:text-accent-300" rel="noopener noreferrer">
              {entity.website.replace(/^https:\/\//, '').replace(/\/$/, '')}
            </a>
          </DefinitionRow>
        ) : null}
      </dl>
      <EntityTimeline entries={appearances.map(({ entry }) => entry)} />
      <section aria-labelledby="entries-heading" className="mt-8">
        <h2 id="entries-heading" className="text-lg font-semibold">
          Entries ({appearances.length})
        </h2>
        <p className="mt-1 text-sm">
          <a href={withBasePath(entityFeedPath(entity.slug))} className="text-accent-700 underline dark:text-accent-300">
            Atom feed of new entries naming {entity.name}
          </a>
        </p>
        {appearances.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">No entries name {entity.name} yet.</p>
        ) : (
          <div className="mt-4">
            <EntryList
              entries={appearances.map(({ entry }) => entry)}
              note={(entry) => {
                const entryRoles = roles.get(entry.slug) ?? [];
                return entryRoles.includes('actor') ? 'acted' : 'applies here';
              }}
            />
          </div>
        )}
      </section>
      <InheritedRules rules={inherited} placeName={entity.name} />
      <EditLink sourceFile={entity.sourceFile} />
    </article>
  );
}
