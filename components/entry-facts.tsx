import { boundBy } from '@/lib/content/binds';
import type { Collection } from '@/lib/content/collection';
import { measureLabel, scopeLabel } from '@/lib/content/labels';
import type { Entry } from '@/lib/content/model';
import { DefinitionRow } from './definition-row';
import { EntityLinks } from './entity-links';

/** Who acted, where it applies, whom a rule binds and what it does, as a facts list. */
export function EntryFacts({ entry, collection }: { entry: Entry; collection: Collection }) {
  const bound = boundBy(entry);
  return (
    <dl className="mt-6 divide-y divide-slate-100 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      <DefinitionRow label={entry.actors.length > 1 ? 'Actors' : 'Actor'}>
        <EntityLinks slugs={entry.actors} collection={collection} />
      </DefinitionRow>
      {entry.jurisdictions?.length ? (
        <DefinitionRow label={entry.jurisdictions.length > 1 ? 'Jurisdictions' : 'Jurisdiction'}>
          <EntityLinks slugs={entry.jurisdictions} collection={collection} />
        </DefinitionRow>
      ) : null}
      {bound.length > 0 ? (
        <DefinitionRow label="Binds">
          <EntityLinks slugs={bound} collection={collection} />
        </DefinitionRow>
      ) : null}
      {entry.scope?.length ? <DefinitionRow label="Applies to">{entry.scope.map(scopeLabel).join(', ')}</DefinitionRow> : null}
      {entry.measure?.length ? <DefinitionRow label="Measure">{entry.measure.map(measureLabel).join(', ')}</DefinitionRow> : null}
      {entry.exceptions?.length ? (
        <DefinitionRow label="Exceptions">
          <ul className="list-disc pl-5">
            {entry.exceptions.map((exception) => (
              <li key={exception}>{exception}</li>
            ))}
          </ul>
        </DefinitionRow>
      ) : null}
      {entry.topics?.length ? (
        <DefinitionRow label="Topics">
          {entry.topics.map((slug) => collection.getTopic(slug)?.label ?? slug).join(', ')}
        </DefinitionRow>
      ) : null}
    </dl>
  );
}
