import type { AppearanceRole, EntityAppearance, Entity } from '@/lib/content/model';
import { entityFeedPath } from '@/lib/feeds/paths';
import { withBasePath } from '@/lib/site-config';
import { EntryList } from './entry-list';

/** The entity's part in an entry, in words: "acted", "acted; binds it", "applies here". */
function roleNote(roles: readonly AppearanceRole[], isPlace: boolean): string {
  const words = [
    roles.includes('actor') ? 'acted' : '',
    // For a place, a rule that binds it is one that applies there.
    roles.includes('jurisdiction') || (isPlace && roles.includes('bound')) ? 'applies here' : '',
    !isPlace && roles.includes('bound') ? 'binds it' : '',
  ];
  return words.filter(Boolean).join('; ');
}

/** Every entry naming an entity, each marked by the entity's role in it, with the entity's feed. */
export function EntityEntries({ entity, appearances }: { entity: Entity; appearances: readonly EntityAppearance[] }) {
  const roles = new Map(appearances.map(({ entry, roles }) => [entry.slug, roles]));
  return (
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
            note={(entry) => roleNote(roles.get(entry.slug) ?? [], entity.category === 'jurisdiction')}
          />
        </div>
      )}
    </section>
  );
}
