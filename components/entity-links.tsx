import { SiteLink } from './site-link';
import type { Collection } from '@/lib/content/collection';

/** Entity slugs as links to their pages, by name, separated by commas. */
export function EntityLinks({ slugs, collection }: { slugs: readonly string[]; collection: Collection }) {
  return (
    <>
      {slugs.map((slug, index) => {
        const entity = collection.getEntity(slug);
        return (
          <span key={slug}>
            {index > 0 ? ', ' : null}
            {entity ? (
              <SiteLink href={entity.url} className="text-accent-700 hover:underline dark:text-accent-300">
                {entity.name}
              </SiteLink>
            ) : (
              slug
            )}
          </span>
        );
      })}
    </>
  );
}
