import type { AppearanceRole, EntityAppearance, Entity } from '@/lib/content/model';
import { entityFeedPath } from '@/lib/feeds/paths';
import { ENTITY_PAGE_SIZE, listPage, yearAnchor } from '@/lib/paging/list-pages';
import { withBasePath } from '@/lib/site-config';
import { EntryList } from './entry-list';
import { ListPager } from './list-pager';

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

/**
 * The entries naming an entity, oldest first, each marked by the entity's role in it, with the
 * entity's feed: one page of ENTITY_PAGE_SIZE (page `pageNumber`), with links to the others.
 */
export function EntityEntries({ entity, appearances, pageNumber = 1 }: { entity: Entity; appearances: readonly EntityAppearance[]; pageNumber?: number }) {
  const roles = new Map(appearances.map(({ entry, roles }) => [entry.slug, roles]));
  const page = listPage(appearances.map(({ entry }) => entry), pageNumber, ENTITY_PAGE_SIZE);
  if (!page) return null;
  // The first entry of each year on this page carries the anchor the small timeline links to.
  const yearStart = (index: number) => index === 0 || page.items[index - 1]!.date.slice(0, 4) !== page.items[index]!.date.slice(0, 4);
  return (
    <section aria-labelledby="entries-heading" className="mt-section">
      <h2 id="entries-heading" className="text-heading font-semibold">
        Entries ({appearances.length})
      </h2>
      <p className="mt-1 text-sm">
        <a href={withBasePath(entityFeedPath(entity.slug))} className="text-accent-700 underline dark:text-accent-300">
          Atom feed of new entries naming {entity.name}
        </a>
      </p>
      {page.count > 1 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="list-position">
          Page {page.number} of {page.count}: entries {page.from} to {page.to}, oldest first
        </p>
      ) : null}
      {appearances.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">No entries name {entity.name} yet.</p>
      ) : (
        <div className="mt-4">
          <EntryList
            entries={page.items}
            note={(entry) => roleNote(roles.get(entry.slug) ?? [], entity.category === 'jurisdiction')}
            anchor={(entry, index) => (page.count > 1 && yearStart(index) ? yearAnchor(entry.date.slice(0, 4)) : undefined)}
          />
        </div>
      )}
      <ListPager page={page} basePath={entity.url} label={`Pages of ${entity.name}'s entries`} />
    </section>
  );
}
