import type { Collection } from '@/lib/content/collection';
import type { Entity } from '@/lib/content/model';
import { DefinitionRow } from './definition-row';
import { EntityLinks } from './entity-links';

/** An entity's facts: other names, level, the place it is part of, its website. */
export function EntityFacts({ entity, collection }: { entity: Entity; collection: Collection }) {
  return (
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
  );
}
